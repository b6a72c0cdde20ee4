package dev.jobfit.matching;

import static dev.jobfit.security.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.jobfit.resume.TestDocuments;
import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The main flows end to end over HTTP: match, store, apply, hit the limit, rank, plan. */
@QuarkusTest
class MatchingScenariosTest {

    static final String PHD_INTERNSHIP = """
            Machine Learning Engineer Intern (Trust and Safety) - PhD

            Minimum Qualifications
            - Currently pursuing a PhD in Computer Science, Engineering or a related quantitative field.
            - Experience with PyTorch or TensorFlow is required.
            - Internship windows: January to June 2027, or May to August 2027; the internship lasts at least 12 weeks.

            How to apply
            Candidates may apply to at most two positions at %s; applications are considered in the order you apply.
            """;

    static final String MASTER_INTERNSHIP = """
            Data Analyst Intern

            Requirements
            - Currently pursuing a Master's degree in Statistics, Computer Science or a related field.
            - Experience with SQL and Python.
            - Summer 2027, 12 weeks.
            """;

    static final String PHD_STUDENT = """
            RIVER EXAMPLE
            river.example@example.com | +1 555-0199

            EDUCATION
            Northbridge University
            Ph.D. in Computer Science                                Sep 2023 - Present
              Expected graduation: May 2028

            EXPERIENCE
            Research Assistant | Vision Lab, Northbridge University        Jan 2024 - Dec 2025
              - Trained content-moderation classifiers in PyTorch on multilingual video captions.

            AVAILABILITY
            Available for internship: May - August 2027
            """;

    static final String BACHELOR_GRADUATE = """
            SAM SAMPLE
            sam.sample@example.com

            EDUCATION
            Lakeside College
            B.S. in Computer Science                                 Aug 2020 - May 2024

            EXPERIENCE
            Data Analyst | Contoso Retail                            Jun 2024 - Present
              - Built SQL reports and Python scripts for weekly sales forecasting.

            AVAILABILITY
            Available from June 2027 for 3 months
            """;

    /** A company group with an application limit of 2 and its postings, under names unique to this test. */
    record Group(String name, UUID phdInternship, List<UUID> others) {
    }

    static Group group(int otherPostings) {
        String name = "Lumenwave Test " + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "applicationPolicy", Map.of("maxApplications", 2, "scope", "COMPANY_GROUP",
                        "consideredInOrder", true, "withdrawalFreesSlot", false)))
                .post("/api/v1/companies").then().statusCode(201);
        UUID phd = posting(PHD_INTERNSHIP.formatted(name), name);
        List<UUID> others = new java.util.ArrayList<>();
        for (int i = 0; i < otherPostings; i++) {
            others.add(posting("Software Engineer Intern " + (i + 1) + "\n\nRequirements\n- Experience with Java and SQL.\n",
                    name));
        }
        return new Group(name, phd, List.copyOf(others));
    }

    static UUID posting(String text, String company) {
        return UUID.fromString(as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("text", text, "company", company))
                .post("/api/v1/postings").then().statusCode(201).extract().path("id"));
    }

    static UUID storedResume(String candidate, String text) {
        return UUID.fromString(as(candidate).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/resumes").then().statusCode(201).extract().path("id"));
    }

    static JsonPath match(Map<String, Object> request) {
        return given().contentType(ContentType.JSON).body(request).post("/api/v1/matches")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath match(String candidate, Map<String, Object> request) {
        return as(candidate).contentType(ContentType.JSON).body(request).post("/api/v1/matches")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void phdStudentAvailableMayToAugustIsEligibleForThePhdInternship() {
        Group group = group(0);

        JsonPath response = match(Map.of("resumeText", PHD_STUDENT, "postingIds", List.of(group.phdInternship())));

        assertThat(response.getString("matches[0].postingId")).isEqualTo(group.phdInternship().toString());
        assertThat(response.getString("matches[0].eligibility")).isEqualTo("ELIGIBLE");
        assertThat(response.getList("matches[0].rules.rule", String.class))
                .contains("DEGREE_LEVEL", "DEGREE_STATUS", "INTERNSHIP_WINDOW", "APPLICATION_LIMIT");
        assertThat(response.getList("matches[0].rules.outcome", String.class)).containsOnly("PASS");
        int score = response.getInt("matches[0].score");
        List<Integer> points = response.getList("matches[0].components.points", Integer.class);
        assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(score);

        // evidence spans point into the texts of the same response
        String postingText = response.getString("matches[0].postingText");
        String resumeText = response.getString("resume.text");
        Map<String, Object> reason = response.getMap("matches[0].components.find { it.name == 'REQUIRED_SKILLS' }.reasons[0]");
        assertThat(span(postingText, reason.get("postingEvidence"))).contains("PyTorch or TensorFlow");
        assertThat(span(resumeText, reason.get("resumeEvidence"))).isEqualTo("PyTorch");
        assertThat((String) reason.get("message")).contains("Research Assistant role");
    }

    @Test
    void theSameStudentIsIneligibleAfterTwoApplicationsInTheGroup() {
        Group group = group(3);
        String river = TestTokens.newCandidate();
        UUID resume = storedResume(river, PHD_STUDENT);
        apply(river, resume, group.others().get(0)).then().statusCode(201).body("orderInGroup", equalTo(1));
        apply(river, resume, group.others().get(1)).then().statusCode(201).body("orderInGroup", equalTo(2));

        JsonPath response = match(river, Map.of("resumeId", resume, "postingIds", List.of(group.phdInternship())));
        assertThat(response.getString("matches[0].eligibility")).isEqualTo("INELIGIBLE");
        assertThat(response.getString("matches[0].rules.find { it.rule == 'APPLICATION_LIMIT' }.outcome")).isEqualTo("FAIL");

        apply(river, resume, group.phdInternship()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/application-limit-reached"))
                .body("detail", containsString("Software Engineer Intern 1"))
                .body("applications", hasSize(2))
                .body("applications[0].postingId", equalTo(group.others().get(0).toString()))
                .body("applications[0].order", equalTo(1))
                .body("applications[1].postingId", equalTo(group.others().get(1).toString()));
    }

    @Test
    void theStatelessMatchCountsTheApplicationsTheCandidateLists() {
        Group group = group(2);
        JsonPath response = match(Map.of("resumeText", PHD_STUDENT, "postingIds", List.of(group.phdInternship()),
                "appliedPostingIds", group.others()));
        assertThat(response.getString("matches[0].eligibility")).isEqualTo("INELIGIBLE");
    }

    @Test
    void aBachelorGraduateIsIneligibleForCurrentlyPursuingAMaster() {
        UUID posting = posting(MASTER_INTERNSHIP, "Brightmoor Test " + UUID.randomUUID());

        JsonPath response = match(Map.of("resumeText", BACHELOR_GRADUATE, "postingIds", List.of(posting)));

        assertThat(response.getString("matches[0].eligibility")).isEqualTo("INELIGIBLE");
        List<Map<String, Object>> failed = response.getList("matches[0].rules.findAll { it.outcome == 'FAIL' }");
        assertThat(failed).extracting(r -> r.get("rule")).containsAnyOf("DEGREE_STATUS", "DEGREE_LEVEL");
    }

    @Test
    void withdrawingDoesNotFreeASlotByDefault() {
        Group group = group(3);
        String river = TestTokens.newCandidate();
        UUID resume = storedResume(river, PHD_STUDENT);
        String first = apply(river, resume, group.others().get(0)).then().statusCode(201).extract().path("id");
        apply(river, resume, group.others().get(1)).then().statusCode(201);

        as(river).delete("/api/v1/applications/" + first).then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        apply(river, resume, group.others().get(2)).then().statusCode(409)
                .body("type", equalTo("https://jobfit.dev/problems/application-limit-reached"));
        as(river).get("/api/v1/applications").then().statusCode(200)
                .body("status", equalTo(List.of("WITHDRAWN", "ACTIVE")))
                .body("orderInGroup", equalTo(List.of(1, 2)));
    }

    @Test
    void applyingTwiceToOnePostingIsAConflict() {
        Group group = group(1);
        String river = TestTokens.newCandidate();
        UUID resume = storedResume(river, PHD_STUDENT);
        apply(river, resume, group.others().get(0)).then().statusCode(201);
        apply(river, resume, group.others().get(0)).then().statusCode(409)
                .body("type", equalTo("https://jobfit.dev/problems/already-applied"));
    }

    @Test
    void aClosedPostingTakesNoApplications() {
        Group group = group(1);
        String river = TestTokens.newCandidate();
        UUID resume = storedResume(river, PHD_STUDENT);
        as(TestTokens.admin()).delete("/api/v1/postings/" + group.others().get(0)).then().statusCode(204);
        apply(river, resume, group.others().get(0)).then().statusCode(409)
                .body("type", equalTo("https://jobfit.dev/problems/posting-closed"));
    }

    @Test
    void ranksStoredResumesForAPosting() {
        Group group = group(0);
        UUID phd = storedResume(TestTokens.newCandidate(), PHD_STUDENT);
        UUID bachelor = storedResume(TestTokens.newCandidate(), BACHELOR_GRADUATE);

        JsonPath page = as(TestTokens.admin()).queryParam("size", 100)
                .get("/api/v1/postings/" + group.phdInternship() + "/matches")
                .then().statusCode(200).extract().jsonPath();

        List<String> ids = page.getList("items.resumeId", String.class);
        assertThat(ids).contains(phd.toString(), bachelor.toString());
        assertThat(ids.indexOf(phd.toString())).isLessThan(ids.indexOf(bachelor.toString()));
        int i = ids.indexOf(phd.toString());
        assertThat(page.getString("items[" + i + "].match.eligibility")).isEqualTo("ELIGIBLE");
        Object evidence = page.get("items[" + i + "].match.components[0].reasons[0].resumeEvidence");
        assertThat(span(page.getString("items[" + i + "].resumeText"), evidence)).isEqualTo("PyTorch");
    }

    @Test
    void plansApplicationsWithinTheLimitBestFitFirst() {
        Group group = group(2);
        String river = TestTokens.newCandidate();
        UUID resume = storedResume(river, PHD_STUDENT);

        JsonPath plan = as(river).get("/api/v1/resumes/" + resume + "/application-plan").then().statusCode(200)
                .extract().jsonPath();

        Map<String, Object> groupPlan = plan.getMap("groups.find { it.group == '" + group.name() + "' }");
        assertThat(groupPlan.get("maxApplications")).isEqualTo(2);
        List<Map<String, Object>> apply = plan.getList("groups.find { it.group == '" + group.name() + "' }.apply");
        assertThat(apply).hasSize(2);
        assertThat(apply.get(0).get("postingId")).isEqualTo(group.phdInternship().toString());
        assertThat((String) groupPlan.get("advice")).contains("in this order");
        assertThat(plan.getList("groups.find { it.group == '" + group.name() + "' }.skip")).hasSize(1);
    }

    @Test
    void matchesAnUploadedPdfWithoutStoringIt() throws Exception {
        Group group = group(0);
        byte[] pdf = TestDocuments.pdf(PHD_STUDENT.lines().toList());
        long resumesBefore = countResumes();

        given().multiPart("file", "resume.pdf", pdf, "application/pdf")
                .multiPart("options", "{\"postingIds\":[\"" + group.phdInternship() + "\"]}", "application/json")
                .post("/api/v1/matches")
                .then().statusCode(200)
                .body("resumeId", equalTo(null))
                .body("matches", hasSize(1))
                .body("matches[0].postingId", equalTo(group.phdInternship().toString()));
        assertThat(countResumes()).isEqualTo(resumesBefore);
    }

    @Test
    void readsTheOptionsOfAnUploadAsJsonWhateverTheTypeOfTheirPart() {
        // Generated clients send the options part as text/plain; curl and browsers as application/json.
        Group group = group(0);
        for (String partType : List.of("application/json", "text/plain")) {
            given().multiPart("file", "resume.txt", PHD_STUDENT.getBytes(StandardCharsets.UTF_8),
                            "text/plain")
                    .multiPart("options", "{\"postingIds\":[\"" + group.phdInternship() + "\"]}", partType)
                    .post("/api/v1/matches")
                    .then().statusCode(200)
                    .body("matches", hasSize(1))
                    .body("matches[0].postingId", equalTo(group.phdInternship().toString()));
        }
    }

    @Test
    void rejectsInvalidOptionsOfAnUploadNamingTheFieldInsideThePart() {
        given().multiPart("file", "resume.txt", PHD_STUDENT.getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("options", "{\"limit\": 0}", "application/json")
                .post("/api/v1/matches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("options.limit"));
    }

    @Test
    void storesReadsAndDeletesAResume() {
        String river = TestTokens.newCandidate();
        UUID id = storedResume(river, PHD_STUDENT);
        as(river).get("/api/v1/resumes/" + id).then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("sourceFormat", equalTo("TEXT"))
                .body("profile.education[0].level", equalTo("PHD"));
        as(river).delete("/api/v1/resumes/" + id).then().statusCode(204);
        as(river).get("/api/v1/resumes/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rejectsARequestWithBothOrNeitherResume() {
        given().contentType(ContentType.JSON).body(Map.of("resumeText", PHD_STUDENT, "resumeId", UUID.randomUUID()))
                .post("/api/v1/matches").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("limit", 5))
                .post("/api/v1/matches").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("resumeText", PHD_STUDENT, "limit", 0))
                .post("/api/v1/matches").then().statusCode(400);
    }

    static io.restassured.response.Response apply(String candidate, UUID resume, UUID posting) {
        return as(candidate).contentType(ContentType.JSON).body(Map.of("resumeId", resume, "postingId", posting))
                .post("/api/v1/applications");
    }

    @SuppressWarnings("unchecked")
    static String span(String text, Object span) {
        Map<String, Integer> s = (Map<String, Integer>) span;
        return text.substring(s.get("start"), s.get("end"));
    }

    private static long countResumes() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                jakarta.enterprise.inject.spi.CDI.current().select(dev.jobfit.resume.StoredResumeRepository.class).get().count());
    }
}
