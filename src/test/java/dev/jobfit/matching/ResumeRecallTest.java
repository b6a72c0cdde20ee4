package dev.jobfit.matching;

import static dev.jobfit.security.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.resume.ResumeIndexBackfill;
import dev.jobfit.resume.RecallCriteria;
import dev.jobfit.resume.RecallCriteria.Outlook;
import dev.jobfit.resume.ResumeRecallIndex;
import dev.jobfit.resume.ResumeRecallIndex.Weight;
import dev.jobfit.time.Timestamps;
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
    ResumeRecallIndex index;

    @Inject
    ResumeIndexBackfill backfill;

    @Inject
    EntityManager entityManager;

    @Inject
    ResumeRecall recall;

    @Inject
    PostingCatalog catalog;

    /** The resumes indexed under {@code key}, as a posting that requires it and sets no hard rule recalls them. */
    List<UUID> recall(String key) {
        return index.recall(Map.of(key, new Weight(0, ResumeRecall.REQUIRED)), RecallCriteria.NONE, Outlook.ELIGIBLE,
                Timestamps.now(), 10_000);
    }

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
    void looksAmongTheResumesThatMayMeetTheHardRulesFirst() {
        UUID posting = MatchingScenariosTest.posting("""
                Language Tools Intern

                Requirements
                - Currently pursuing a Master's degree in Computer Science.
                - Available May to August 2027.
                - Experience with Prolog is required.

                Preferred Qualifications
                - Experience with Smalltalk.
                """, "Recall Test " + UUID.randomUUID());
        for (int i = 0; i < 4; i++) { // more skill overlap, but a completed Bachelor's degree
            MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                    resume("Graduate Example", "Wrote Prolog rule engines and Smalltalk tools"));
        }
        UUID student = MatchingScenariosTest.storedResume(TestTokens.newCandidate(), """
                Gil Example
                gil.example@example.com

                EDUCATION
                Northbridge University
                M.S. in Computer Science                                 Sep 2025 - Present
                  Expected graduation: May 2028

                SKILLS
                Prolog

                AVAILABILITY
                Available for internship: May - August 2027
                """);

        JsonPath first = as(TestTokens.admin()).queryParam("size", 1).get("/api/v1/postings/" + posting + "/matches")
                .then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.resumeId", String.class)).as("the one eligible resume, though others share more skills")
                .containsExactly(student.toString());
        assertThat(first.getString("items[0].match.eligibility")).isEqualTo("ELIGIBLE");
        assertThat(first.getInt("total")).as("the page was filled from the first outlook").isEqualTo(1);

        JsonPath all = as(TestTokens.admin()).queryParam("size", 10).get("/api/v1/postings/" + posting + "/matches")
                .then().statusCode(200).extract().jsonPath();
        List<String> ids = all.getList("items.resumeId", String.class);
        assertThat(ids).as("a page the eligible ones cannot fill looks among the others too").hasSize(4);
        assertThat(ids.get(0)).isEqualTo(student.toString());
        assertThat(all.getList("items.match.eligibility", String.class).subList(1, 4)).containsOnly("INELIGIBLE");
    }

    @Test
    void anOutlookRareAmongTheBestOverlapsIsLookedUpFactsFirstAndNextTimeStraightAway() {
        UUID posting = MatchingScenariosTest.posting("""
                Logic Programming Research Intern

                Requirements
                - Currently pursuing a PhD in Computer Science.
                - Available June to September 2027.
                - Experience with Prolog is required.

                Preferred Qualifications
                - Experience with Smalltalk.
                """, "Recall Test " + UUID.randomUUID());
        for (int i = 0; i < 3 * ResumeRecall.AMONG + 1; i++) { // more than the overlap query keeps, all ineligible
            MatchingScenariosTest.storedResume(TestTokens.newCandidate(),
                    resume("Graduate Example", "Wrote Prolog rule engines and Smalltalk tools"));
        }
        UUID doctoral = MatchingScenariosTest.storedResume(TestTokens.newCandidate(), """
                Hal Example
                hal.example@example.com

                EDUCATION
                Northbridge University
                Ph.D. in Computer Science                                Sep 2024 - Present
                  Expected graduation: June 2029

                SKILLS
                Prolog

                AVAILABILITY
                Available for internship: June - September 2027
                """);
        CompiledPosting compiled = catalog.current().find(posting).orElseThrow().posting();

        for (int round = 0; round < 2; round++) {
            JsonPath page = as(TestTokens.admin()).queryParam("size", 1).get("/api/v1/postings/" + posting + "/matches")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(page.getList("items.resumeId", String.class)).as("round %d", round)
                    .containsExactly(doctoral.toString());
            assertThat(page.getString("items[0].match.eligibility")).isEqualTo("ELIGIBLE");
            assertThat(recall.factsFirst(compiled)).as("the plan the first round found, round %d", round)
                    .containsExactly(Outlook.ELIGIBLE);
        }
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
            entityManager.createNativeQuery("update resume set recall_version = 0 where id = ?1")
                    .setParameter(1, legacy).executeUpdate();
        });
        assertThat(recall(LISP)).doesNotContain(legacy);

        JsonPath before = as(TestTokens.admin()).queryParam("size", 50)
                .get("/api/v1/postings/" + posting + "/matches").then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("items.resumeId", String.class)).as("an unindexed resume is scored anyway")
                .contains(legacy.toString());
        assertThat(before.getInt("total")).as("the 3 recalled and the unindexed one").isEqualTo(4);

        assertThat(backfill.run()).isGreaterThanOrEqualTo(1);

        assertThat(recall(LISP)).contains(legacy);
        assertThat(index.unindexed(Timestamps.now(), 10_000)).doesNotContain(legacy);
    }
}
