package dev.jobfit.resume;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResumeResourceTest {

    static final List<String> RESUME = List.of("Alex Example", "alex.example@example.com", "EDUCATION",
            "PhD in Computer Science, Northbridge University, 2023 - present", "Expected graduation: June 2027",
            "EXPERIENCE", "Research Assistant, Vision Lab, Jan 2024 - Present", "Trained video models in PyTorch",
            "AVAILABILITY", "Available for internship: May - August 2026");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void parsesAnUploadedPdfIntoAProfileWithSpansIntoItsText() throws Exception {
        Response r = given().multiPart("file", "resume.pdf", TestDocuments.pdf(RESUME), "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(200)
                .body("education[0].level", equalTo("PHD"))
                .body("education[0].status", equalTo("IN_PROGRESS"))
                .body("education[0].expectedGraduation", equalTo("2027-06"))
                .body("availability[0].start", equalTo("2026-05"))
                .body("availability[0].end", equalTo("2026-08"))
                .body("experience[0].title", equalTo("Research Assistant"))
                .body("skills.name", hasItem("PyTorch"))
                .extract().response();
        String text = r.path("text");
        Map<String, Integer> span = r.path("skills.find { it.name == 'PyTorch' }.evidence[0]");
        assertThat(text.substring(span.get("start"), span.get("end"))).isEqualTo("PyTorch");
    }

    @Test
    void detectsTheTypeByContentNotByName() throws Exception {
        given().multiPart("file", "resume.txt", TestDocuments.docx(RESUME), "text/plain")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(200).body("education[0].level", equalTo("PHD"));
    }

    @Test
    void parsesPastedText() {
        given().contentType(ContentType.JSON).body(Map.of("text", String.join("\n", RESUME)))
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(200).body("contact.email", equalTo("alex.example@example.com"));
    }

    @Test
    void unreadableUploadsGetProblemsACandidateCanActOn() throws Exception {
        given().multiPart("file", "resume.pdf", TestDocuments.encryptedPdf(RESUME, "secret"), "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/encrypted-pdf"))
                .body("detail", containsString("password"));
        given().multiPart("file", "scan.pdf", TestDocuments.imageOnlyPdf(), "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(422).body("type", equalTo("https://jobfit.dev/problems/no-text-layer"))
                .body("detail", containsString("paste the text"));
        given().multiPart("file", "resume.pdf", new byte[] {1, 2, 3, (byte) 0xFF, 0, 7}, "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(415).body("type", equalTo("https://jobfit.dev/problems/not-a-pdf"));
        given().multiPart("file", "many.pdf", TestDocuments.manyPagesPdf(500), "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(422).body("type", equalTo("https://jobfit.dev/problems/too-many-pages"));
        given().multiPart("file", "empty.pdf", new byte[0], "application/pdf")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(400).body("type", equalTo("https://jobfit.dev/problems/empty-file"));
        given().multiPart("other", "x")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }
}
