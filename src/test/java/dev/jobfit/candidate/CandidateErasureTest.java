package dev.jobfit.candidate;

import static dev.jobfit.security.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

import dev.jobfit.application.ApplicationRepository;
import dev.jobfit.resume.StoredResumeRepository;
import dev.jobfit.security.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code DELETE /api/v1/candidates/me} erases everything kept about the caller, and nothing of anyone else. */
@QuarkusTest
class CandidateErasureTest {

    static final String RESUME = """
            JORDAN SAMPLE
            jordan.sample@example.com

            EXPERIENCE
            Backend Engineer | Contoso                                2020 - Present
              - Java and SQL services.
            """;

    @Inject
    StoredResumeRepository resumes;

    @Inject
    ApplicationRepository applications;

    @Test
    void erasesAllOfTheCallersResumesAndApplicationsAndNothingOfOthers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String me = "erase-me-" + tag;
        String other = "keep-me-" + tag;
        UUID posting = posting("Backend Engineer " + tag + "\n\nRequirements\n- Java and SQL.\n");
        UUID secondPosting = posting("Data Engineer " + tag + "\n\nRequirements\n- SQL.\n");
        UUID myFirst = storeAndApply(me, posting);
        UUID mySecond = storeAndApply(me, secondPosting);
        UUID theirs = storeAndApply(other, posting);
        assertThat(rowsOf(me)).containsExactly(2L, 2L);

        as(TestTokens.candidate(me)).delete("/api/v1/candidates/me").then().statusCode(204);

        assertThat(rowsOf(me)).as("resumes and applications of the erased candidate").containsExactly(0L, 0L);
        for (UUID resume : List.of(myFirst, mySecond)) {
            as(TestTokens.candidate(me)).get("/api/v1/resumes/" + resume).then().statusCode(404);
        }
        as(TestTokens.candidate(me)).get("/api/v1/applications").then().statusCode(200).body("", empty());
        // the other candidate keeps everything
        assertThat(rowsOf(other)).containsExactly(1L, 1L);
        as(TestTokens.candidate(other)).get("/api/v1/resumes/" + theirs).then().statusCode(200);
        as(TestTokens.candidate(other)).get("/api/v1/applications").then().statusCode(200).body("", hasSize(1));
        // erasing again is fine: there is nothing left
        as(TestTokens.candidate(me)).delete("/api/v1/candidates/me").then().statusCode(204);
        assertThat(rowsOf(other)).containsExactly(1L, 1L);
    }

    private UUID storeAndApply(String subject, UUID posting) {
        UUID resume = UUID.fromString(as(TestTokens.candidate(subject)).contentType(ContentType.JSON)
                .body(Map.of("text", RESUME)).post("/api/v1/resumes").then().statusCode(201).extract().path("id"));
        as(TestTokens.candidate(subject)).contentType(ContentType.JSON)
                .body(Map.of("resumeId", resume, "postingId", posting)).post("/api/v1/applications")
                .then().statusCode(201);
        return resume;
    }

    private static UUID posting(String text) {
        return UUID.fromString(as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/postings").then().statusCode(201).extract().path("id"));
    }

    /** The candidate's stored resumes and applications, counted in the database. */
    private List<Long> rowsOf(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> List.of(resumes.count("candidateId", subject),
                applications.count("candidateId", subject)));
    }
}
