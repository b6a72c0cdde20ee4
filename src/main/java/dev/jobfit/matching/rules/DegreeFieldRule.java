package dev.jobfit.matching.rules;

import dev.jobfit.education.FieldsOfStudy;
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

/**
 * The degree is in a field the posting names ("Computer Science, engineering or a quantitative field").
 * Degrees of an accepted level are looked at first; any degree counts when none is of an accepted
 * level (the level rule reports that).
 */
public final class DegreeFieldRule implements EligibilityRule {

    @Override
    public RuleName name() {
        return RuleName.DEGREE_FIELD;
    }

    @Override
    public Object reads(PostingAnalysis analysis) {
        return Optional.ofNullable(RequirementKey.withoutEvidence(analysis.degree()));
    }

    @Override
    public Optional<RuleResult> evaluate(MatchInput input) {
        Optional<DegreeRequirement> required = DegreeChecks.required(input.posting().analysis());
        if (required.isEmpty() || required.get().fields().isEmpty()) {
            return Optional.empty();
        }
        DegreeRequirement degree = required.get();
        String asked = "The posting asks for a degree in " + Wording.or(degree.fields());
        List<Education> accepted = input.candidate().education().stream()
                .filter(e -> DegreeChecks.acceptedLevel(degree, e.level())).toList();
        List<Education> considered = accepted.isEmpty() ? input.candidate().education() : accepted;
        Optional<Education> matching = considered.stream()
                .filter(e -> e.field() != null && FieldsOfStudy.matchesAny(degree.fields(), e.field()))
                .findFirst();
        if (matching.isPresent()) {
            return result(RuleOutcome.PASS, asked + "; the resume shows " + matching.get().field() + ".", degree,
                    matching.get());
        }
        Optional<Education> named = considered.stream().filter(e -> e.field() != null).findFirst();
        if (named.isEmpty()) {
            return result(RuleOutcome.UNKNOWN, asked + "; the resume does not say the field of "
                    + (considered.isEmpty() ? "any degree" : "the degree") + ". State the field of your degree.", degree,
                    considered.isEmpty() ? null : considered.get(0));
        }
        return result(RuleOutcome.FAIL, asked + "; the resume shows " + named.get().field() + ".", degree, named.get());
    }

    private Optional<RuleResult> result(RuleOutcome outcome, String message, DegreeRequirement degree, Education shown) {
        return DegreeChecks.result(name(), outcome, message, degree, shown);
    }
}
