package dev.jobfit.matching.rules;

import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RequirementKey;
import dev.jobfit.matching.RuleName;
import dev.jobfit.matching.RuleOutcome;
import dev.jobfit.matching.Wording;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether the degree is still in progress or completed, as the posting demands. A student posting
 * ("currently pursuing") needs an accepted degree in progress that does not end before the job starts;
 * graduating during the internship is fine. A posting for graduates needs the degree completed by the
 * start: already finished, or expected to end no later than the month the job starts.
 */
public final class DegreeStatusRule implements EligibilityRule {

    @Override
    public RuleName name() {
        return RuleName.DEGREE_STATUS;
    }

    @Override
    public Object reads(PostingAnalysis analysis) {
        return Arrays.asList(RequirementKey.withoutEvidence(analysis.degree()),
                RequirementKey.withoutEvidence(analysis.internship()), RequirementKey.withoutEvidence(analysis.startDeadline()));
    }

    @Override
    public Optional<RuleResult> evaluate(MatchInput input) {
        Optional<DegreeRequirement> required = DegreeChecks.required(input.posting().analysis());
        if (required.isEmpty() || required.get().status() == DegreeStatus.ANY) {
            return Optional.empty();
        }
        DegreeRequirement degree = required.get();
        String asked = degree.levels().isEmpty() ? "a degree" : Wording.degrees(degree.levels());
        List<Education> accepted = input.candidate().education().stream()
                .filter(e -> DegreeChecks.acceptedLevel(degree, e.level()))
                .sorted(DegreeChecks.BY_LEVEL.reversed())
                .toList();
        if (input.candidate().education().isEmpty()) {
            return result(RuleOutcome.UNKNOWN, "The posting requires " + asked + (degree.status() == DegreeStatus.PURSUING
                    ? " in progress" : " completed by the start") + "; the resume shows no degree. State your degree and "
                    + "your (expected) graduation date.", degree, null);
        }
        Optional<YearMonth> start = DegreeChecks.start(input.posting().analysis());
        return degree.status() == DegreeStatus.PURSUING
                ? pursuing(degree, asked, accepted, start)
                : completed(degree, asked, accepted, start);
    }

    private Optional<RuleResult> pursuing(DegreeRequirement degree, String asked, List<Education> accepted,
                                          Optional<YearMonth> start) {
        Optional<Education> studying = accepted.stream().filter(e -> e.status() == EducationStatus.IN_PROGRESS).findFirst();
        if (studying.isEmpty()) {
            Optional<Education> finished = accepted.stream().findFirst();
            return result(RuleOutcome.FAIL, "The posting is for students currently pursuing " + asked + "; "
                    + finished.map(e -> "the resume shows the " + DegreeChecks.describe(e) + " as completed"
                            + (e.end() == null ? "" : " in " + Wording.month(e.end())))
                            .orElse("the resume shows no such degree in progress") + ".",
                    degree, finished.orElse(null));
        }
        Education e = studying.get();
        YearMonth graduation = DegreeChecks.graduation(e);
        if (graduation != null && start.isPresent() && graduation.isBefore(start.get())) {
            return result(RuleOutcome.FAIL, "The posting is for students still enrolled when it starts in "
                    + Wording.month(start.get()) + "; the resume expects the " + DegreeChecks.describe(e)
                    + " to be completed in " + Wording.month(graduation) + ".", degree, e);
        }
        return result(RuleOutcome.PASS, "The posting is for students currently pursuing " + asked + "; the resume shows the "
                + DegreeChecks.describe(e) + " in progress" + (graduation == null
                ? " (state your expected graduation date)" : ", expected to end in " + Wording.month(graduation)) + ".",
                degree, e);
    }

    private Optional<RuleResult> completed(DegreeRequirement degree, String asked, List<Education> accepted,
                                           Optional<YearMonth> start) {
        Optional<Education> done = accepted.stream().filter(e -> e.status() == EducationStatus.COMPLETED).findFirst();
        if (done.isPresent()) {
            return result(RuleOutcome.PASS, "The posting requires " + asked + " completed; the resume shows the "
                    + DegreeChecks.describe(done.get()) + " completed.", degree, done.get());
        }
        Optional<Education> studying = accepted.stream().findFirst();
        if (studying.isEmpty()) {
            return result(RuleOutcome.FAIL, "The posting requires " + asked + " completed; the resume shows no such degree.",
                    degree, null);
        }
        Education e = studying.get();
        YearMonth graduation = DegreeChecks.graduation(e);
        if (graduation == null) {
            return result(RuleOutcome.UNKNOWN, "The posting requires " + asked + " completed by the start; the resume shows the "
                    + DegreeChecks.describe(e) + " in progress. State your expected graduation date.", degree, e);
        }
        if (start.isEmpty()) {
            return result(RuleOutcome.UNKNOWN, "The posting requires " + asked + " completed; the resume expects the "
                    + DegreeChecks.describe(e) + " in " + Wording.month(graduation)
                    + ". State that you will have completed it when you start.", degree, e);
        }
        if (graduation.isAfter(start.get())) {
            return result(RuleOutcome.FAIL, "The posting requires " + asked + " completed by the start in "
                    + Wording.month(start.get()) + "; the resume expects the " + DegreeChecks.describe(e) + " in "
                    + Wording.month(graduation) + ".", degree, e);
        }
        return result(RuleOutcome.PASS, "The posting requires " + asked + " completed by the start in "
                + Wording.month(start.get()) + "; the resume expects the " + DegreeChecks.describe(e) + " in "
                + Wording.month(graduation) + ".", degree, e);
    }

    private Optional<RuleResult> result(RuleOutcome outcome, String message, DegreeRequirement degree, Education shown) {
        return DegreeChecks.result(name(), outcome, message, degree, shown);
    }
}
