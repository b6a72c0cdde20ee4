package dev.jobfit.matching;

import static dev.jobfit.matching.Requirements.applied;
import static dev.jobfit.matching.Requirements.available;
import static dev.jobfit.matching.Requirements.candidate;
import static dev.jobfit.matching.Requirements.completed;
import static dev.jobfit.matching.Requirements.months;
import static dev.jobfit.matching.Requirements.posting;
import static dev.jobfit.matching.Requirements.studying;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.rules.ApplicationLimitRule;
import dev.jobfit.matching.rules.DegreeFieldRule;
import dev.jobfit.matching.rules.DegreeLevelRule;
import dev.jobfit.matching.rules.DegreeStatusRule;
import dev.jobfit.matching.rules.EligibilityRule;
import dev.jobfit.matching.rules.InternshipWindowRule;
import dev.jobfit.matching.rules.MatchInput;
import dev.jobfit.matching.rules.StartDeadlineRule;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final List<String> CS = List.of("computer science", "engineering", "quantitative field");

    private static Optional<RuleResult> evaluate(EligibilityRule rule, CompiledPosting posting, CandidateFacts candidate,
                                                 ApplicationHistory history) {
        return rule.evaluate(new MatchInput(posting, candidate, history, TODAY));
    }

    private static RuleOutcome outcome(EligibilityRule rule, CompiledPosting posting, CandidateFacts candidate) {
        return evaluate(rule, posting, candidate, ApplicationHistory.NONE).orElseThrow().outcome();
    }

    @Nested
    class InternshipWindow {

        private final CompiledPosting janJunOrMayAug = posting()
                .internship(13, months("2027-01", "2027-06"), months("2027-05", "2027-08")).compile();

        @Test
        void passesWhenAvailabilityCoversAWindowForTheMinimum() {
            CandidateFacts mayToAugust = candidate(List.of(available("2027-05", "2027-08")));
            assertThat(outcome(new InternshipWindowRule(), janJunOrMayAug, mayToAugust)).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void passesAtExactlyTheMinimum() {
            // May to July is 92 days: 13.1 weeks, the minimum of 13 weeks
            CandidateFacts mayToJuly = candidate(List.of(available("2027-05", "2027-07")));
            assertThat(outcome(new InternshipWindowRule(), janJunOrMayAug, mayToJuly)).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void failsWhenTheOverlapIsOneWeekShortOfTheMinimum() {
            CompiledPosting fourteenWeeks = posting()
                    .internship(14, months("2027-01", "2027-06"), months("2027-05", "2027-08")).compile();
            CandidateFacts mayToJuly = candidate(List.of(available("2027-05", "2027-07")));

            RuleResult result = evaluate(new InternshipWindowRule(), fourteenWeeks, mayToJuly, ApplicationHistory.NONE)
                    .orElseThrow();

            assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(result.message()).contains("covers only 13 weeks", "14 weeks needed");
            assertThat(result.resumeEvidence()).isEqualTo(Requirements.RESUME_SPAN);
        }

        @Test
        void failsWhenAvailabilityOverlapsTwoWindowsButNeitherLongEnough() {
            // June to July touches both windows: 4 weeks of Jan-Jun, 8.7 weeks of May-Aug
            CandidateFacts juneToJuly = candidate(List.of(available("2027-06", "2027-07")));
            assertThat(outcome(new InternshipWindowRule(), janJunOrMayAug, juneToJuly)).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void isUnknownWhenNoAvailabilityIsStated() {
            RuleResult result = evaluate(new InternshipWindowRule(), janJunOrMayAug, candidate(List.of()),
                    ApplicationHistory.NONE).orElseThrow();
            assertThat(result.outcome()).isEqualTo(RuleOutcome.UNKNOWN);
            assertThat(result.message()).contains("State the months you are available");
        }

        @Test
        void countsAnOpenEndedAvailabilityToTheWindowsEnd() {
            CandidateFacts fromApril = candidate(List.of(available("2027-04", null)));
            assertThat(outcome(new InternshipWindowRule(), janJunOrMayAug, fromApril)).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void needsTheWholeWindowWhenNoMinimumIsStated() {
            CompiledPosting summer = posting().internship(null, months("2027-06", "2027-08")).compile();
            assertThat(outcome(new InternshipWindowRule(), summer, candidate(List.of(available("2027-06", "2027-07")))))
                    .isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(new InternshipWindowRule(), summer, candidate(List.of(available("2027-06", "2027-08")))))
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void doesNotApplyToAPostingWithoutWindows() {
            assertThat(evaluate(new InternshipWindowRule(), posting().compile(), candidate(List.of()),
                    ApplicationHistory.NONE)).isEmpty();
        }
    }

    @Nested
    class DegreeStatusAndLevel {

        private final CompiledPosting phdStudents = posting()
                .degree(DegreeStatus.PURSUING, CS, DegreeLevel.PHD)
                .internship(13, months("2027-05", "2027-08")).compile();

        @Test
        void passesAPhdStudentForAPhdInternship() {
            CandidateFacts phdStudent = candidate(List.of(), studying(DegreeLevel.PHD, "Computer Science", "2028-06"));
            assertThat(outcome(new DegreeLevelRule(), phdStudents, phdStudent)).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(new DegreeStatusRule(), phdStudents, phdStudent)).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void failsCurrentlyPursuingWhenTheDegreeIsCompleted() {
            CandidateFacts doctor = candidate(List.of(), completed(DegreeLevel.PHD, "Computer Science", "2025-12"));
            RuleResult result = evaluate(new DegreeStatusRule(), phdStudents, doctor, ApplicationHistory.NONE).orElseThrow();
            assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
            assertThat(result.message()).contains("currently pursuing", "completed in December 2025");
        }

        @Test
        void passesAStudentWhoGraduatesInTheInternshipsFirstMonth() {
            CandidateFacts graduatesInMay = candidate(List.of(), studying(DegreeLevel.PHD, "Physics", "2027-05"));
            assertThat(outcome(new DegreeStatusRule(), phdStudents, graduatesInMay)).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void failsAStudentWhoGraduatesBeforeTheInternshipStarts() {
            CandidateFacts graduatesInApril = candidate(List.of(), studying(DegreeLevel.PHD, "Physics", "2027-04"));
            assertThat(outcome(new DegreeStatusRule(), phdStudents, graduatesInApril)).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void failsABachelorGraduateForCurrentlyPursuingAMaster() {
            CompiledPosting masterStudents = posting().degree(DegreeStatus.PURSUING, List.of(), DegreeLevel.MASTER).compile();
            CandidateFacts bachelor = candidate(List.of(), completed(DegreeLevel.BACHELOR, "Computer Science", "2025-06"));
            assertThat(outcome(new DegreeLevelRule(), masterStudents, bachelor)).isEqualTo(RuleOutcome.FAIL);
            assertThat(outcome(new DegreeStatusRule(), masterStudents, bachelor)).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void acceptsEitherLevelOfMasterOrBachelor() {
            CompiledPosting bsOrMs = posting().degree(DegreeStatus.PURSUING, List.of(), DegreeLevel.MASTER,
                    DegreeLevel.BACHELOR).compile();
            CandidateFacts bachelorStudent = candidate(List.of(), studying(DegreeLevel.BACHELOR, "Mathematics", "2028-06"));
            CandidateFacts phdStudent = candidate(List.of(), studying(DegreeLevel.PHD, "Mathematics", "2028-06"));
            assertThat(outcome(new DegreeLevelRule(), bsOrMs, bachelorStudent)).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(new DegreeLevelRule(), bsOrMs, phdStudent)).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void acceptsAHigherDegreeWhenACompletedBachelorIsRequired() {
            CompiledPosting graduates = posting().degree(DegreeStatus.COMPLETED, List.of(), DegreeLevel.BACHELOR).compile();
            CandidateFacts master = candidate(List.of(), completed(DegreeLevel.MASTER, "Statistics", "2024-06"));
            assertThat(outcome(new DegreeLevelRule(), graduates, master)).isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(new DegreeStatusRule(), graduates, master)).isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void completedByTheStartCountsGraduationInTheStartMonth() {
            CompiledPosting onboardByEnd2027 = posting().degree(DegreeStatus.COMPLETED, List.of(), DegreeLevel.BACHELOR)
                    .startBy(LocalDate.of(2027, 12, 31)).compile();
            assertThat(outcome(new DegreeStatusRule(), onboardByEnd2027,
                    candidate(List.of(), studying(DegreeLevel.BACHELOR, "Computer Science", "2027-12"))))
                    .isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(new DegreeStatusRule(), onboardByEnd2027,
                    candidate(List.of(), studying(DegreeLevel.BACHELOR, "Computer Science", "2028-01"))))
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void isUnknownWithoutAnyEducation() {
            assertThat(outcome(new DegreeLevelRule(), phdStudents, candidate(List.of()))).isEqualTo(RuleOutcome.UNKNOWN);
            assertThat(outcome(new DegreeStatusRule(), phdStudents, candidate(List.of()))).isEqualTo(RuleOutcome.UNKNOWN);
        }

        @Test
        void isUnknownWhenAGraduateRoleHasNoExpectedGraduation() {
            CompiledPosting graduates = posting().degree(DegreeStatus.COMPLETED, List.of(), DegreeLevel.BACHELOR)
                    .startBy(LocalDate.of(2027, 9, 1)).compile();
            assertThat(outcome(new DegreeStatusRule(), graduates,
                    candidate(List.of(), studying(DegreeLevel.BACHELOR, "Computer Science", null))))
                    .isEqualTo(RuleOutcome.UNKNOWN);
        }
    }

    @Nested
    class DegreeField {

        private final CompiledPosting csEngineeringOrQuantitative = posting()
                .degree(DegreeStatus.PURSUING, CS, DegreeLevel.PHD).compile();

        @Test
        void acceptsFieldsOfTheNamedFamilies() {
            for (String field : List.of("Computer Science", "Electrical Engineering", "Statistics", "Applied Physics",
                    "Computer Science and Engineering", "Operations Research")) {
                assertThat(outcome(new DegreeFieldRule(), csEngineeringOrQuantitative,
                        candidate(List.of(), studying(DegreeLevel.PHD, field, null)))).as(field).isEqualTo(RuleOutcome.PASS);
            }
        }

        @Test
        void failsAFieldOutsideThemAll() {
            assertThat(outcome(new DegreeFieldRule(), csEngineeringOrQuantitative,
                    candidate(List.of(), studying(DegreeLevel.PHD, "Medieval History", null)))).isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void isUnknownWhenTheResumeNamesNoField() {
            assertThat(outcome(new DegreeFieldRule(), csEngineeringOrQuantitative,
                    candidate(List.of(), studying(DegreeLevel.PHD, null, null)))).isEqualTo(RuleOutcome.UNKNOWN);
        }
    }

    @Nested
    class StartDeadline {

        private final CompiledPosting byEnd2026 = posting().startBy(LocalDate.of(2026, 12, 31)).compile();

        @Test
        void passesAvailabilityFromTheDeadlinesMonth() {
            assertThat(outcome(new StartDeadlineRule(), byEnd2026, candidate(List.of(available("2026-12", null)))))
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void failsAvailabilityThatStartsAfterTheDeadline() {
            assertThat(outcome(new StartDeadlineRule(), byEnd2026, candidate(List.of(available("2027-01", "2027-06")))))
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void fallsBackOnTheGraduationDate() {
            assertThat(outcome(new StartDeadlineRule(), byEnd2026,
                    candidate(List.of(), studying(DegreeLevel.MASTER, "Computer Science", "2026-12"))))
                    .isEqualTo(RuleOutcome.PASS);
            assertThat(outcome(new StartDeadlineRule(), byEnd2026,
                    candidate(List.of(), studying(DegreeLevel.MASTER, "Computer Science", "2027-06"))))
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void isUnknownWithNeitherAvailabilityNorGraduation() {
            RuleResult result = evaluate(new StartDeadlineRule(), byEnd2026, candidate(List.of()), ApplicationHistory.NONE)
                    .orElseThrow();
            assertThat(result.outcome()).isEqualTo(RuleOutcome.UNKNOWN);
            assertThat(result.message()).contains("State when you can start");
        }
    }

    @Nested
    class ApplicationLimit {

        private final CompiledPosting limited = posting().limit("group:lumenwave", 2).compile();
        private final CandidateFacts anyone = candidate(List.of());

        @Test
        void passesWithASlotLeft() {
            ApplicationHistory one = new ApplicationHistory(List.of(applied(UUID.randomUUID(), "group:lumenwave")));
            RuleResult result = evaluate(new ApplicationLimitRule(), limited, anyone, one).orElseThrow();
            assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
            assertThat(result.message()).contains("used 1 of 2", "choice number 2");
        }

        @Test
        void failsAfterTwoApplicationsInTheGroup() {
            ApplicationHistory two = new ApplicationHistory(List.of(applied(UUID.randomUUID(), "group:lumenwave"),
                    applied(UUID.randomUUID(), "group:lumenwave")));
            assertThat(evaluate(new ApplicationLimitRule(), limited, anyone, two).orElseThrow().outcome())
                    .isEqualTo(RuleOutcome.FAIL);
        }

        @Test
        void ignoresApplicationsToOtherGroups() {
            ApplicationHistory elsewhere = new ApplicationHistory(List.of(applied(UUID.randomUUID(), "group:other"),
                    applied(UUID.randomUUID(), "group:other")));
            assertThat(evaluate(new ApplicationLimitRule(), limited, anyone, elsewhere).orElseThrow().outcome())
                    .isEqualTo(RuleOutcome.PASS);
        }

        @Test
        void passesThePostingAlreadyAppliedTo() {
            ApplicationHistory includingThis = new ApplicationHistory(List.of(applied(UUID.randomUUID(), "group:lumenwave"),
                    applied(limited.id(), "group:lumenwave")));
            assertThat(evaluate(new ApplicationLimitRule(), limited, anyone, includingThis).orElseThrow().outcome())
                    .isEqualTo(RuleOutcome.PASS);
        }
    }
}
