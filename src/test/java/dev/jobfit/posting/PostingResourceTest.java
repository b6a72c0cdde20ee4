package dev.jobfit.posting;

import static dev.jobfit.security.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostingResourceTest {

    static final String INTERNSHIP = """
            Machine Learning Engineer Intern - 2026 Start
            Location: Singapore

            Minimum Qualifications
            - Currently pursuing a PhD in Computer Science or a quantitative field.
            - Experience with PyTorch or TensorFlow is required.
            - Able to commit to an internship of at least 3 months. Internship windows: January to June, or May to August.

            How to Apply
            Candidates can apply to a maximum of two positions and will be considered for jobs in the order you apply.
            Candidates should commit to an onboarding date by end of year 2026.

            More jobs like this
            Data Engineer jobs, Kafka jobs, Terraform jobs, PySpark jobs
            """;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String create(String text, String company) {
        return as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(company == null ? Map.of("text", text) : Map.of("text", text, "company", company))
                .when().post("/api/v1/postings")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void analyzeReturnsRequirementsWhoseSpansPointIntoTheReturnedText() {
        Response r = given().contentType(ContentType.JSON).body(Map.of("text", INTERNSHIP))
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(200)
                .body("employmentType", equalTo("INTERNSHIP"))
                .body("degree.levels", equalTo(List.of("PHD")))
                .body("degree.status", equalTo("PURSUING"))
                .body("internship.windows[0].start", equalTo("2026-01"))
                .body("internship.windows[1].end", equalTo("2026-08"))
                .body("startDeadline.date", equalTo("2026-12-31"))
                .body("applicationPolicy.maxApplications", equalTo(2))
                .body("applicationPolicy.consideredInOrder", equalTo(true))
                .body("requirementGroups[0].skillIds", equalTo(List.of("jf:pytorch", "jf:tensorflow")))
                .body("ignored.reason", hasItem("LINK_FARM"))
                .body("skills.name", not(hasItem("Apache Kafka")))
                .extract().response();
        String text = r.path("text");
        List<Map<String, Object>> skills = r.path("skills");
        assertThat(skills).isNotEmpty();
        for (Map<String, Object> skill : skills) {
            for (Map<String, Integer> span : (List<Map<String, Integer>>) skill.get("evidence")) {
                assertThat(span.get("end")).isLessThanOrEqualTo(text.length());
            }
        }
        Map<String, Integer> deadline = r.path("startDeadline.evidence");
        assertThat(text.substring(deadline.get("start"), deadline.get("end"))).contains("end of year 2026");
    }

    @Test
    void analyzeAcceptsRawHtmlAndPlainTextBodies() throws IOException {
        String html = Files.readString(Path.of("src/test/resources/postings/01-northwind-ts-mle-phd-intern.html"));
        given().contentType("text/html").body(html)
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(200)
                .body("company.name", equalTo("Northwind Video Labs"))
                .body("applicationPolicy.scope", equalTo("GLOBAL"))
                .body("ignored.reason", hasItem("COOKIE_BANNER"));
        given().contentType("text/plain").body(INTERNSHIP)
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(200).body("title.value", equalTo("Machine Learning Engineer Intern - 2026 Start"));
    }

    @Test
    void storesAPostingAndReadsItBack() {
        Response created = as(TestTokens.admin()).contentType("text/plain").body(INTERNSHIP)
                .when().post("/api/v1/postings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/postings/"))
                .body("status", equalTo("OPEN"))
                .body("correctedFields", empty())
                .extract().response();
        given().when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(created.<String>path("id")))
                .body("analysis.degree.levels", equalTo(List.of("PHD")))
                .body("analysis.text", equalTo(created.<String>path("analysis.text")));
    }

    @Test
    void listsPostingsFilteredByTypeStatusCompanyAndText() {
        String tag = "Filter" + UUID.randomUUID().toString().substring(0, 6);
        String intern = create("Data Intern " + tag + "\nSummer internship in data analysis.", "Contoso " + tag);
        create("Senior Accountant " + tag + "\nFull-time role. Bachelor's degree in Accounting.", "Woodgrove " + tag);
        given().queryParam("q", tag).queryParam("employmentType", "INTERNSHIP")
                .when().get("/api/v1/postings")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(intern));
        given().queryParam("company", "woodgrove " + tag.toLowerCase())
                .when().get("/api/v1/postings")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].employmentType", equalTo("FULL_TIME"));
        as(TestTokens.admin()).queryParam("q", tag).queryParam("status", "CLOSED")
                .when().get("/api/v1/postings")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void correctionIsKeptMarkedAndSurvivesReanalysis() {
        String id = create(INTERNSHIP, null);
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("degree", Map.of("levels", List.of("MASTER", "PHD"), "status", "ANY", "importance", "REQUIRED"),
                        "startDeadline", "2027-01-31"))
                .when().patch("/api/v1/postings/" + id)
                .then().statusCode(200)
                .body("correctedFields", equalTo(List.of("degree", "startDeadline")))
                .body("correctedAt", notNullValue())
                .body("analysis.degree.levels", equalTo(List.of("MASTER", "PHD")))
                .body("analysis.startDeadline.date", equalTo("2027-01-31"))
                .body("analysis.startDeadline.evidence", nullValue());
        as(TestTokens.admin()).when().post("/api/v1/postings/" + id + "/reanalyze")
                .then().statusCode(200)
                .body("correctedFields", equalTo(List.of("degree", "startDeadline")))
                .body("analysis.degree.levels", equalTo(List.of("MASTER", "PHD")))
                .body("analysis.applicationPolicy.maxApplications", equalTo(2));
        as(TestTokens.admin()).contentType("application/merge-patch+json").body(Map.of("clear", List.of("degree")))
                .when().patch("/api/v1/postings/" + id)
                .then().statusCode(200)
                .body("correctedFields", equalTo(List.of("startDeadline")))
                .body("analysis.degree.levels", equalTo(List.of("PHD")));
    }

    @Test
    void deleteClosesThePostingWhichStaysReadable() {
        String id = create(INTERNSHIP, null);
        as(TestTokens.admin()).when().delete("/api/v1/postings/" + id).then().statusCode(204);
        as(TestTokens.newCandidate()).when().get("/api/v1/postings/" + id)
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        as(TestTokens.admin()).when().delete("/api/v1/postings/" + id).then().statusCode(204);
    }

    @Test
    void postingIsLinkedToItsRegisteredCompanyAndFoundThroughItsGroup() {
        String suffix = "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String groupId = as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "Harbor Group " + suffix))
                .post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String companyId = as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Harbor Labs " + suffix, "groupId", groupId))
                .post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String id = create("Research Intern\nAbout Harbor Labs " + suffix + "\nHarbor Labs " + suffix
                + " builds maps. Experience with Python.", null);
        given().when().get("/api/v1/postings/" + id).then().statusCode(200).body("companyId", equalTo(companyId));
        given().queryParam("companyId", groupId).when().get("/api/v1/postings")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void badInputGetsAProblemNeverAServerError() {
        given().contentType(ContentType.JSON).body(Map.of("text", ""))
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().contentType("text/plain").body("abc\u0000\u0001\u0002binary")
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "word ".repeat(50_000)))
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("200000"));
        given().contentType("text/html").body("<div><h1>Data Analyst<p>Requirements: <b>SQL and Python<li>unclosed <<< >")
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(200).body("skills.name", hasItem("SQL"));
        given().contentType(ContentType.JSON).body(Map.of("text", "x", "format", "pdf"))
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().contentType("text/plain; charset=UTF-8").body("Ingénieur en apprentissage automatique\n\nNous recherchons un ingénieur "
                        + "passionné pour rejoindre notre équipe à Paris. Vous travaillerez sur des modèles de langage et "
                        + "de vision par ordinateur avec des chercheurs expérimentés.")
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(200).body("warnings.code", hasItem("NOT_ENGLISH"));
        given().contentType("text/plain").body(INTERNSHIP)
                .when().post("/api/v1/postings/analyze")
                .then().statusCode(200).body("warnings.code", not(hasItem("NOT_ENGLISH")));
        given().when().get("/api/v1/postings/" + UUID.randomUUID()).then().statusCode(404);
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("clear", List.of("everything")))
                .when().patch("/api/v1/postings/" + create(INTERNSHIP, null))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aRecruitersPostingBelongsToTheirCompanyGroup() {
        String suffix = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String groupId = as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "Pier Group " + suffix))
                .post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String labsId = as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Pier Labs " + suffix, "groupId", groupId))
                .post("/api/v1/companies").then().statusCode(201).extract().path("id");
        String recruiter = TestTokens.recruiter("recruiter-" + suffix, UUID.fromString(groupId));

        // names an affiliate of the recruiter's group: linked to it
        as(recruiter).contentType(ContentType.JSON)
                .body(Map.of("text", "Data Intern\nPier Labs " + suffix + " is hiring. Experience with SQL.",
                        "company", "Pier Labs " + suffix))
                .post("/api/v1/postings").then().statusCode(201).body("companyId", equalTo(labsId));
        // names a company outside the group (or none that is registered): it is the recruiter's company's posting
        as(recruiter).contentType(ContentType.JSON)
                .body(Map.of("text", "Data Intern\nExperience with SQL.", "company", "Someone Else " + suffix))
                .post("/api/v1/postings").then().statusCode(201).body("companyId", equalTo(groupId));
    }

    @Test
    void aRecruiterWhoseCompanyIsNotRegisteredCannotStorePostings() {
        as(TestTokens.recruiter("nowhere", UUID.randomUUID())).contentType("text/plain").body(INTERNSHIP)
                .post("/api/v1/postings").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/forbidden"))
                .body("detail", containsString("not registered"));
    }
}
