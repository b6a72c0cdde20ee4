package dev.jobfit.matching.rules;

import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RequirementKey;
import dev.jobfit.matching.RuleName;
import dev.jobfit.matching.RuleOutcome;
import dev.jobfit.matching.Wording;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.StartDeadline;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * The candidate can start by the posting's deadline ("onboard by the end of 2026"): a stated
 * availability that begins by the deadline's month, or else a graduation no later than it.
 */
public final class StartDeadlineRule implements EligibilityRule {

    @Override
    public RuleName name() {
        return RuleName.START_DEADLINE;
    }

    @Override
    public Object reads(PostingAnalysis analysis) {
        return Optional.ofNullable(RequirementKey.withoutEvidence(analysis.startDeadline()));
    }

    @Override
    public Optional<RuleResult> evaluate(MatchInput input) {
        StartDeadline deadline = input.posting().analysis().startDeadline();
        if (deadline == null) {
            return Optional.empty();
        }
        YearMonth latest = YearMonth.from(deadline.date());
        String asked = "The posting requires starting by " + Wording.day(deadline.date());
        Optional<Availability> earliest = input.candidate().availability().stream()
                .min(Comparator.comparing(Availability::start));
        if (earliest.isPresent()) {
            Availability a = earliest.get();
            boolean inTime = !a.start().isAfter(latest);
            return Optional.of(new RuleResult(name(), inTime ? RuleOutcome.PASS : RuleOutcome.FAIL,
                    asked + "; you are available " + Wording.availability(a) + ".", deadline.evidence(), a.evidence()));
        }
        YearMonth graduation = input.candidate().graduation();
        if (graduation != null) {
            boolean inTime = !graduation.isAfter(latest);
            return Optional.of(new RuleResult(name(), inTime ? RuleOutcome.PASS : RuleOutcome.FAIL,
                    asked + "; the resume expects graduation in " + Wording.month(graduation)
                            + (inTime ? "." : ", after the deadline."), deadline.evidence(), graduationEvidence(input, graduation)));
        }
        return Optional.of(new RuleResult(name(), RuleOutcome.UNKNOWN, asked + "; the resume states neither availability "
                + "nor a graduation date. State when you can start.", deadline.evidence(), null));
    }

    private static dev.jobfit.text.Span graduationEvidence(MatchInput input, YearMonth graduation) {
        return input.candidate().education().stream()
                .filter(e -> graduation.equals(DegreeChecks.graduation(e)))
                .map(e -> e.evidence())
                .findFirst()
                .orElse(null);
    }
}
