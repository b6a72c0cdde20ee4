package dev.jobfit.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The career page's files as the service serves them, checked without a browser: served at {@code /} next to
 * the API, complete, and fit for a {@code default-src 'self'} content security policy.
 */
@QuarkusTest
class CareerPageResourcesTest {

    private static final Pattern IMPORT = Pattern.compile("(?m)^import [^;]*? from '\\./([\\w-]+\\.js)';");

    @Test
    void servesTheCareerPageAtTheRootNextToTheApi() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<title>Careers · jobfit demo</title>"));
        given().get("/api/v1/postings").then().statusCode(200).contentType(startsWith("application/json"));
        given().get("/no-such-page").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/not-found"));
    }

    @Test
    void servesEveryFileThePageAndItsModulesLoad() {
        Document index = index();
        List<String> files = new ArrayList<>();
        index.select("link[href]").forEach(link -> files.add(link.attr("href")));
        index.select("script[src]").forEach(script -> files.add(script.attr("src")));
        assertThat(files).contains("css/jobfit.css", "js/app.js", "favicon.svg");

        Set<String> modules = new LinkedHashSet<>();
        Deque<String> toRead = new ArrayDeque<>(List.of("js/app.js"));
        while (!toRead.isEmpty()) {
            String module = toRead.pop();
            if (modules.add(module)) {
                Matcher imports = IMPORT.matcher(body(module, "text/javascript"));
                while (imports.find()) {
                    toRead.push("js/" + imports.group(1));
                }
            }
        }
        assertThat(modules).contains("js/app.js", "js/api.js", "js/highlight.js", "js/matches.js", "js/postings.js");
        body("css/jobfit.css", "text/css");
        body("favicon.svg", "image/svg+xml");
    }

    @Test
    void needsNothingAStrictContentSecurityPolicyForbids() {
        Document index = index();
        assertThat(index.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(index.select("style")).as("style elements").isEmpty();
        for (Element element : index.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("attribute of <%s>", element.tagName())
                        .isNotEqualTo("style").doesNotStartWith("on");
                if (List.of("href", "src", "action").contains(attribute.getKey())) {
                    assertThat(attribute.getValue()).as("a local address").doesNotContain("//").doesNotStartWith("data:");
                }
            }
        }
        assertThat(body("css/jobfit.css", "text/css")).as("the style sheet loads nothing").doesNotContain("url(", "@import");
    }

    @Test
    void scriptsNeverTurnTextFromTheServiceIntoMarkup() {
        for (String module : List.of("app", "api", "dom", "format", "highlight", "matches", "postings", "problem")) {
            assertThat(body("js/" + module + ".js", "text/javascript")).as(module)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                            "new Function", "DOMParser", "createContextualFragment");
        }
    }

    private static Document index() {
        return Jsoup.parse(body("/", "text/html"));
    }

    private static String body(String path, String contentType) {
        return given().get(path.startsWith("/") ? path : "/" + path).then().statusCode(200)
                .contentType(startsWith(contentType)).extract().asString();
    }
}
