package dev.jobfit.resume;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.jobfit.resume.extraction.ExtractionLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads that must be refused with a stable problem type over HTTP, each a real file the test writes:
 * the ones {@link ResumeResourceTest} does not send (an enormous page stream, a corrupt PDF, a DOCX zip
 * bomb, a file over the size limit).
 */
@QuarkusTest
class ResumeUploadLimitsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPdfPageThatShowsMillionsOfCharactersIsRefused() throws Exception {
        byte[] huge = TestDocuments.hugePageStreamPdf("(Lorem ipsum dolor sit amet) Tj T*\n", 2_500_000);
        given().multiPart("file", "resume.pdf", huge, "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/too-much-text"))
                .body("detail", containsString("paste the text"));
    }

    @Test
    void aCorruptPdfIsRefused() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage".getBytes(StandardCharsets.ISO_8859_1);
        given().multiPart("file", "resume.pdf", corrupt, "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/corrupt-file"))
                .body("detail", containsString("damaged"));
    }

    @Test
    void aDocxZipBombIsRefused() throws Exception {
        given().multiPart("file", "resume.docx", TestDocuments.docxZipBomb(200L * 1024 * 1024),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/unsafe-archive"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() {
        byte[] big = new byte[(int) ExtractionLimits.DEFAULT.maxBytes() + 1];
        Arrays.fill(big, (byte) 'a');
        given().multiPart("file", "resume.txt", big, "text/plain")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/file-too-large"))
                .body("detail", containsString(ExtractionLimits.DEFAULT.maxBytes() + " bytes"));
    }

    @Test
    void aTwoColumnPdfResumeIsReadColumnByColumn() throws Exception {
        byte[] pdf = ResumeFixture.read(java.nio.file.Path.of("src/test/resources/resumes/02-phd-ee-vision-two-column.txt")).pdf();
        given().multiPart("file", "resume.pdf", pdf, "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(200)
                .body("contact.name", equalTo("Priya Placeholder"))
                .body("warnings", org.hamcrest.Matchers.hasItem("PROBABLY_MULTI_COLUMN"))
                .body("education.level", equalTo(List.of("PHD", "MASTER", "BACHELOR")));
    }
}
