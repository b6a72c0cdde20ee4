package dev.jobfit.matching.rules;

import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RequirementKey;
import dev.jobfit.matching.RuleName;
import dev.jobfit.matching.RuleOutcome;
import dev.jobfit.matching.Wording;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import java.util.List;
import java.util.Optional;

/** The candidate holds or is pursuing a degree of a level the posting accepts ("Master or Bachelor", "PhD"). */
public final class DegreeLevelRule implements EligibilityRule {

    @Override
    public RuleName name() {
        return RuleName.DEGREE_LEVEL;
    }

    @Override
    public Object reads(PostingAnalysis analysis) {
        return Optional.ofNullable(RequirementKey.withoutEvidence(analysis.degree()));
    }

    @Override
    public Optional<RuleResult> evaluate(MatchInput input) {
        Optional<DegreeRequirement> required = DegreeChecks.required(input.posting().analysis());
        if (required.isEmpty() || required.get().levels().isEmpty()) {
            return Optional.empty();
        }
        DegreeRequirement degree = required.get();
        String asked = Wording.degrees(degree.levels());
        List<Education> education = input.candidate().education();
        if (education.isEmpty()) {
            return result(RuleOutcome.UNKNOWN, "The posting requires " + asked + "; the resume shows no degree. "
                    + "State your degree, its field and your (expected) graduation date.", degree, null);
        }
        Optional<Education> accepted = education.stream()
                .filter(e -> DegreeChecks.acceptedLevel(degree, e.level()))
                .max(DegreeChecks.BY_LEVEL);
        if (accepted.isPresent()) {
            return result(RuleOutcome.PASS, "The posting requires " + asked + "; the resume shows "
                    + DegreeChecks.withArticle(accepted.get()) + ".", degree, accepted.get());
        }
        Education highest = education.stream().max(DegreeChecks.BY_LEVEL).orElseThrow();
        return result(RuleOutcome.FAIL, "The posting requires " + asked + "; the resume shows "
                + DegreeChecks.withArticle(highest) + ".", degree, highest);
    }

    private Optional<RuleResult> result(RuleOutcome outcome, String message, DegreeRequirement degree, Education shown) {
        return DegreeChecks.result(name(), outcome, message, degree, shown);
    }
}
