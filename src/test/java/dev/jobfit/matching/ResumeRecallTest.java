package dev.jobfit.matching;

import static dev.jobfit.security.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.resume.ResumeSkillBackfill;
import dev.jobfit.resume.ResumeSkillIndex;
import dev.jobfit.security.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Ranking stored resumes for a posting when there are more of them than the recall size (3 here): only the
 * resumes with the most weighted skill overlap are scored, resumes not indexed yet are scored anyway, and the
 * backfill indexes them.
 */
@QuarkusTest
@TestProfile(ResumeRecallTest.SmallRecall.class)
class ResumeRecallTest {

    public static class SmallRecall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the test runs the backfill itself: its schedule is off
            return Map.of("jobfit.matching.resume-recall", "3", "jobfit.resumes.index-interval", "off");
        }
    }

    static final String LISP = "esco:0de61385-de6d-4146-ba32-1cc1bc102220";

    static final String POSTING = """
            Compiler Engineer Intern

            Requirements
            - Experience with Haskell is required.

            Preferred Qualifications
            - Experience with Erlang.
            """;

    @Inject
    ResumeSkillIndex index;

    @Inject
    ResumeSkillBackfill backfill;

    @Inject
    EntityManager entityManager;

    static String resume(String name, String skills) {
        return """
                %s
                %s@example.com

                EDUCATION
                Northbridge University
                B.S. in Computer Science                                 Aug 2021 - May 2025

                EXPERIENCE
                Software Engineer | Example Systems                      Jun 2025 - Present
                  - %s

                SKILLS
                %s
                """.formatted(name, name.toLowerCase().replace(' ', '.'), skills, skills);
    }

    @Test
    void scoresOnlyTheResumesWithTheMostSkillOverlapWhenThereAreMoreThanTheRecallSize() {
        UUID posting = MatchingScenariosTest.posting(POSTING, "Recall Test " + UUID.randomUUID());
        UUID both = MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                resume("Ada Example", "Built type checkers in Haskell and Erlang"));
        UUID haskell = MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                resume("Ben Example", "Wrote a Haskell code generator"));
        UUID erlang = MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                resume("Cy Example", "Maintained Erlang services"));
        UUID spreadsheets = MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                resume("Di Example", "Prepared Microsoft Excel reports"));

        JsonPath page = as(TestTokens.admin()).queryParam("size", 10).get("/api/v1/postings/" + posting + "/matches")
                .then().statusCode(200).extract().jsonPath();

        List<String> ids = page.getList("items.resumeId", String.class);
        assertThat(ids).as("the three resumes that show the posting's skills, best overlap first")
                .containsExactly(both.toString(), haskell.toString(), erlang.toString());
        assertThat(ids).doesNotContain(spreadsheets.toString());
        assertThat(page.getInt("total")).isEqualTo(3);
    }

    @Test
    void resumesStoredBeforeTheIndexAreScoredUntilTheBackfillIndexesThem() {
        UUID posting = MatchingScenariosTest.posting(POSTING.replace("Haskell", "COBOL").replace("Erlang", "Lisp"),
                "Recall Test " + UUID.randomUUID());
        for (int i = 0; i < 4; i++) { // more stored resumes than the recall size
            MatchingScenariosTest.storedResume(TestTokens.newCandidate(), resume("Filler Example", "Wrote COBOL batch jobs"));
        }
        UUID legacy = MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                resume("Eve Example", "Wrote Lisp macros"));
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from resume_skill where resume_id = ?1").setParameter(1, legacy)
                    .executeUpdate();
            entityManager.createNativeQuery("update resume set skills_indexed = false where id = ?1")
                    .setParameter(1, legacy).executeUpdate();
        });
        assertThat(index.recall(Map.of(LISP, 3), 10_000)).doesNotContain(legacy);

        JsonPath before = as(TestTokens.admin()).queryParam("size", 50)
                .get("/api/v1/postings/" + posting + "/matches").then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("items.resumeId", String.class)).as("an unindexed resume is scored anyway")
                .contains(legacy.toString());
        assertThat(before.getInt("total")).as("the 3 recalled and the unindexed one").isEqualTo(4);

        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);

        assertThat(index.recall(Map.of(LISP, 3), 10_000)).contains(legacy);
        assertThat(index.unindexed(dev.jobfit.time.Timestamps.now(), 10_000)).doesNotContain(legacy);
    }
}
