package dev.jobfit.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.catalogue.SampleCatalogueLoadTest;
import dev.jobfit.resume.TestDocuments;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The career page at {@code /} in a real browser against the real service with the sample catalogue: what a
 * candidate sees after uploading a PDF resume. Skipped when Chromium is not installed.
 */
@QuarkusTest
@TestProfile(SampleCatalogueLoadTest.CatalogueOn.class)
class CareerPageBrowserTest {

    /** As many matches as the page asks for. */
    private static final int PAGE_LIMIT = 20;

    @TestHTTPResource("/")
    URL page;

    private HeadlessChromium browser;

    @BeforeEach
    void requireBrowser() {
        HeadlessChromium.assumeInstalled();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            try {
                assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
            } finally {
                browser.close();
            }
        }
    }

    @Test
    void listsTheOpenPostingsWithTheirAnalysedRequirements() throws IOException {
        int open = given().queryParam("status", "OPEN").get("/api/v1/postings").then().statusCode(200)
                .extract().path("total");
        browser = HeadlessChromium.desktop(1280, 900);
        browser.driver.get(page.toString());

        browser.await("the open positions are listed",
                d -> d.findElements(By.cssSelector("#posting-list .posting")).size() == open);
        assertThat(text(By.id("posting-status"))).isEqualTo("Showing " + open + " of " + open + " open positions.");
        browser.screenshot("desktop-start");

        WebElement posting = postingTitled("Trust & Safety");
        posting.findElement(By.tagName("summary")).click();
        WebElement facts = browser.await("the requirements are shown",
                d -> posting.findElements(By.cssSelector(".requirements dl.facts")).stream().findFirst().orElse(null));
        assertThat(facts.getText()).contains("Required skills", "One of: PyTorch, TensorFlow", "PhD, currently pursuing",
                "at least 13 weeks", "At most 2 applications per candidate");
        browser.script("arguments[0].scrollIntoView()", posting);
        browser.screenshot("desktop-postings");
    }

    @Test
    void ranksAnUploadedPdfAndMarksTheEvidenceOfAReasonInBothTexts() throws IOException {
        byte[] pdf = phdStudentPdf();
        JsonPath expected = matchesFromTheApi(pdf);
        browser = HeadlessChromium.desktop(1280, 900);

        uploadAndWaitForMatches(pdf);

        List<String> titles = browser.driver.findElements(By.cssSelector("#match-list .match-title")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertThat(titles).isEqualTo(expected.getList("matches.postingTitle", String.class));
        assertThat(browser.driver.findElements(By.cssSelector("#match-list .match-score strong")).stream()
                .map(WebElement::getText).toList())
                .isEqualTo(expected.getList("matches.score", Integer.class).stream().map(String::valueOf).toList());
        browser.screenshot("desktop-ranked-matches");

        int index = indexOf(expected, "Trust");
        Map<String, Object> match = expected.getMap("matches[" + index + "]");
        // With the keyboard: a match and a reason are buttons.
        browser.driver.findElements(By.cssSelector("#match-list .match-choice")).get(index).sendKeys(Keys.ENTER);
        browser.await("the chosen match is shown",
                d -> text(By.id("detail-title")).equals(match.get("postingTitle")));
        assertThat(browser.driver.findElements(By.cssSelector("#posting-text mark"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#resume-text mark"))).isNotEmpty();

        // The first reason with evidence on both sides: its marks, read in order, are exactly its spans.
        List<Map<String, Object>> components = expected.getList("matches[" + index + "].components");
        String ref = null;
        Map<String, Object> reason = null;
        for (int c = 0; c < components.size() && reason == null; c++) {
            List<Map<String, Object>> reasons = expected.getList("matches[" + index + "].components[" + c + "].reasons");
            for (int r = 0; r < reasons.size() && reason == null; r++) {
                if (reasons.get(r).get("postingEvidence") != null && reasons.get(r).get("resumeEvidence") != null) {
                    reason = reasons.get(r);
                    ref = "reason-" + c + "-" + r;
                }
            }
        }
        assertThat(reason).as("a reason with evidence in the posting and the resume").isNotNull();
        WebElement button = browser.driver.findElement(By.cssSelector("button.explain[data-ref='" + ref + "']"));
        assertThat(button.getText()).contains((String) reason.get("message"));
        button.sendKeys(Keys.SPACE);
        assertThat(button.getDomAttribute("aria-pressed")).isEqualTo("true");

        String postingMarked = currentMarks("posting-text");
        String resumeMarked = currentMarks("resume-text");
        assertThat(postingMarked).isNotEmpty()
                .isEqualTo(span((String) match.get("postingText"), reason.get("postingEvidence")));
        assertThat(resumeMarked).isNotEmpty()
                .isEqualTo(span(expected.getString("resume.text"), reason.get("resumeEvidence")));
        assertThat(text(By.id("evidence-status"))).isEqualTo("Marked in the posting and in your resume.");
        browser.screenshot("desktop-match-evidence");
    }

    @Test
    void showsTheMessageOfTheRuleThatMakesAPostingIneligibleForAPastedResume() throws IOException {
        String resume = phdStudentText();
        JsonPath expected = given().contentType(ContentType.JSON).body(Map.of("resumeText", resume, "limit", PAGE_LIMIT))
                .post("/api/v1/matches").then().statusCode(200).extract().jsonPath();
        List<String> eligibility = expected.getList("matches.eligibility", String.class);
        int index = eligibility.indexOf("INELIGIBLE");
        assertThat(index).as("the sample catalogue has a posting the PhD student is not eligible for").isNotNegative();
        Map<String, Object> failed = expected.getMap("matches[" + index + "].rules.find { it.outcome == 'FAIL' }");
        String postingId = expected.getString("matches[" + index + "].postingId");
        browser = HeadlessChromium.desktop(1280, 900);

        browser.driver.get(page.toString());
        browser.driver.findElement(By.id("resume-input")).sendKeys(resume);
        submitAndWait();
        assertThat(text(By.id("match-status"))).startsWith("Ranked ");

        WebElement item = browser.driver.findElement(By.cssSelector(".match-item[data-posting-id='" + postingId + "']"));
        assertThat(item.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Not eligible");
        WebElement whyNot = item.findElement(By.cssSelector(".why-not"));
        assertThat(whyNot.isDisplayed()).isTrue();
        assertThat(whyNot.getText()).endsWith((String) failed.get("message"));

        item.findElement(By.cssSelector(".match-choice")).click();
        WebElement rule = browser.await("the failed rule is listed", d -> d.findElements(
                By.cssSelector("#detail-rules li[data-rule='" + failed.get("rule") + "'][data-outcome='FAIL']"))
                .stream().findFirst().orElse(null));
        assertThat(browser.driver.switchTo().activeElement().getDomAttribute("id")).as("focus moves to the match")
                .isEqualTo("detail-title");
        assertThat(rule.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Fail");
        WebElement message = rule.findElement(By.cssSelector(".message"));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getText()).isEqualTo(failed.get("message"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", rule);
        browser.screenshot("desktop-failed-rule");
    }

    @Test
    void explainsAResumeTheServiceCannotReadWithTheProblemItReturned() throws IOException {
        byte[] scanned = TestDocuments.imageOnlyPdf();
        Map<String, Object> problem = given().multiPart("file", "resume.pdf", scanned, "application/pdf")
                .post("/api/v1/matches").then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath().getMap("");
        browser = HeadlessChromium.desktop(1280, 900);

        upload(scanned);

        WebElement error = browser.driver.findElement(By.id("match-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getDomAttribute("role")).isEqualTo("alert");
        assertThat(error.findElement(By.cssSelector(".problem-title")).getText()).isEqualTo(problem.get("title"));
        assertThat(error.findElement(By.cssSelector(".problem-detail")).getText()).isEqualTo(problem.get("detail"));
        assertThat(browser.driver.findElement(By.id("results")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.id("match-button")).isEnabled()).isTrue();
        browser.screenshot("desktop-unreadable-resume");
    }

    @Test
    void fitsAPhoneScreenWithoutScrollingSideways() throws IOException {
        byte[] pdf = phdStudentPdf();
        browser = HeadlessChromium.phone(375, 800);
        browser.driver.get(page.toString());
        long width = ((Number) browser.script("return window.innerWidth")).longValue();
        assertThat(width).as("the window is phone-sized").isLessThanOrEqualTo(400);
        browser.await("the open positions are listed",
                d -> !d.findElements(By.cssSelector("#posting-list .posting")).isEmpty());
        assertNoSidewaysScrolling("the first view");
        browser.screenshot("phone-start");

        uploadAndWaitForMatches(pdf);
        assertNoSidewaysScrolling("the ranked matches");
        browser.screenshot("phone-ranked-matches");

        WebElement reason = browser.driver.findElement(By.cssSelector("#detail-components button.explain"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", reason);
        browser.screenshot("phone-score-breakdown");
        reason.click();
        browser.await("the evidence is marked", d -> !d.findElements(By.cssSelector("#posting-text mark.current")).isEmpty());
        assertNoSidewaysScrolling("the evidence panes");
        browser.screenshot("phone-evidence");

        WebElement posting = browser.driver.findElements(By.cssSelector("#posting-list .posting")).get(0);
        browser.script("arguments[0].scrollIntoView()", posting);
        posting.findElement(By.tagName("summary")).click();
        browser.await("the requirements are shown", d -> !posting.findElements(By.cssSelector(".requirements dl")).isEmpty());
        assertNoSidewaysScrolling("a posting's requirements");
        browser.screenshot("phone-posting-requirements");
    }

    /** Opens the page, chooses the PDF in the file input, submits, and waits for the ranked matches. */
    private void uploadAndWaitForMatches(byte[] pdf) throws IOException {
        upload(pdf);
        assertThat(text(By.id("match-error"))).isEmpty();
        assertThat(browser.driver.findElement(By.id("results")).isDisplayed()).isTrue();
        assertThat(text(By.id("match-status"))).startsWith("Ranked ");
    }

    /** Opens the page, chooses the PDF in the file input, submits, and waits until the answer is shown. */
    private void upload(byte[] pdf) throws IOException {
        Path file = Files.createTempFile("resume-", ".pdf");
        try {
            Files.write(file, pdf);
            browser.driver.get(page.toString());
            browser.driver.findElement(By.id("resume-file")).sendKeys(file.toAbsolutePath().toString());
            submitAndWait();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void submitAndWait() {
        browser.driver.findElement(By.id("match-button")).click();
        browser.await("the answer is shown", d -> d.findElement(By.id("resume-form")).getDomAttribute("aria-busy") == null
                && (!text(By.id("match-error")).isEmpty() || d.findElement(By.id("results")).isDisplayed()));
    }

    private void assertNoSidewaysScrolling(String what) {
        Map<?, ?> sizes = (Map<?, ?>) browser.script("return {scroll: document.documentElement.scrollWidth, "
                + "inner: window.innerWidth}");
        assertThat(((Number) sizes.get("scroll")).longValue()).as("page width of " + what)
                .isLessThanOrEqualTo(((Number) sizes.get("inner")).longValue());
    }

    /** The text of the marks of the chosen explanation in one pane, in document order. */
    private String currentMarks(String pane) {
        return String.join("", browser.driver.findElements(By.cssSelector("#" + pane + " mark.current")).stream()
                .map(e -> e.getDomProperty("textContent")).toList());
    }

    private WebElement postingTitled(String part) {
        return browser.driver.findElements(By.cssSelector("#posting-list .posting")).stream()
                .filter(p -> p.findElement(By.cssSelector(".posting-title")).getText().contains(part))
                .findFirst().orElseThrow(() -> new AssertionError("no posting titled ..." + part + "..."));
    }

    private String text(By by) {
        return browser.driver.findElement(by).getDomProperty("textContent");
    }

    /** What the page gets for the same upload, asked for directly. */
    private static JsonPath matchesFromTheApi(byte[] pdf) {
        return given().multiPart("file", "resume.pdf", pdf, "application/pdf")
                .multiPart("options", "{\"limit\": " + PAGE_LIMIT + "}", "application/json")
                .post("/api/v1/matches").then().statusCode(200).extract().jsonPath();
    }

    private static int indexOf(JsonPath matches, String titlePart) {
        List<String> titles = matches.getList("matches.postingTitle", String.class);
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i) != null && titles.get(i).contains(titlePart)) {
                return i;
            }
        }
        throw new AssertionError("no match titled ..." + titlePart + "... in " + titles);
    }

    /** The invented PhD student of the README. */
    private static String phdStudentText() throws IOException {
        try (InputStream in = CareerPageBrowserTest.class.getResourceAsStream("/samples/phd-student-resume.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The same resume as a one-page PDF. */
    private static byte[] phdStudentPdf() throws IOException {
        return TestDocuments.pdf(phdStudentText().lines().toList());
    }

    @SuppressWarnings("unchecked")
    private static String span(String text, Object span) {
        Map<String, Integer> s = (Map<String, Integer>) span;
        return text.substring(s.get("start"), s.get("end"));
    }
}
