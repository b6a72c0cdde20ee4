package dev.jobfit.web.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-origin calls: the test configuration allows {@code https://careers.example.com} and any
 * {@code https://<name>.jobs.example.org}; every other origin is refused.
 */
@QuarkusTest
class CorsTest {

    static final String CAREER_SITE = "https://careers.example.com";
    static final String RESUME = "River Example\nEDUCATION\nPhD in Computer Science, Northbridge University, 2023 - present\n"
            + "SKILLS\nPython, PyTorch";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void preflightFromAListedOriginAllowsTheApisMethodsAndHeaders() {
        Response r = preflight(CAREER_SITE, "POST", "content-type,authorization")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CAREER_SITE))
                .extract().response();
        assertThat(list(r.header("Access-Control-Allow-Methods")))
                .contains("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
        assertThat(list(r.header("Access-Control-Allow-Headers").toLowerCase()))
                .contains("authorization", "content-type", "accept");
        assertThat(r.header("Access-Control-Allow-Credentials")).isNotEqualTo("true");
        assertThat(r.header("Access-Control-Max-Age")).isEqualTo("3600");
    }

    @Test
    void preflightFromAnOriginMatchingAListedPatternIsAllowed() {
        preflight("https://acme.jobs.example.org", "GET", "accept")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://acme.jobs.example.org"));
    }

    @Test
    void preflightFromAnUnlistedOriginIsRefused() {
        for (String origin : new String[] {"https://attacker.example.net", "https://careers.example.com.attacker.net",
                "http://careers.example.com", "https://acme.jobs.example.org.attacker.net", "null"}) {
            Response r = preflight(origin, "POST", "content-type").then().extract().response();
            assertThat(r.statusCode()).as("preflight from %s", origin).isEqualTo(403);
            assertThat(r.header("Access-Control-Allow-Origin")).as("preflight from %s", origin).isNull();
        }
    }

    @Test
    void requestFromAnUnlistedOriginIsRefused() {
        Response r = given().header("Origin", "https://attacker.example.net")
                .contentType(ContentType.JSON).body(Map.of("resumeText", RESUME))
                .when().post("/api/v1/matches")
                .then().statusCode(403).extract().response();
        assertThat(r.header("Access-Control-Allow-Origin")).isNull();
        SecurityHeadersTest.assertBrowserHeaders(r, SecurityHeadersTest.STRICT_POLICY);
    }

    @Test
    void crossOriginMatchFromAListedOriginWorksAndExposesTheHeadersClientsNeed() {
        Response r = given().header("Origin", CAREER_SITE)
                .contentType(ContentType.JSON).body(Map.of("resumeText", RESUME))
                .when().post("/api/v1/matches")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(CAREER_SITE))
                .body("resume.text", equalTo(RESUME))
                .extract().response();
        assertThat(list(r.header("Access-Control-Expose-Headers").toLowerCase()))
                .contains("location", "retry-after", "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset");
        assertThat(r.header("Vary")).containsIgnoringCase("Origin");
    }

    @Test
    void sameOriginRequestsWithoutAnOriginHeaderAreUnaffected() {
        given().when().get("/api/v1/postings").then().statusCode(200);
    }

    private static Response preflight(String origin, String method, String headers) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .when().options("/api/v1/matches");
    }

    private static java.util.List<String> list(String header) {
        return Arrays.stream(header == null ? new String[0] : header.split(",")).map(String::strip).toList();
    }
}
