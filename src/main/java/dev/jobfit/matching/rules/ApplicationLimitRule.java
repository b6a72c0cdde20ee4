package dev.jobfit.matching.rules;

import dev.jobfit.matching.ApplicationHistory.PriorApplication;
import dev.jobfit.matching.LimitPolicy;
import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RuleName;
import dev.jobfit.matching.RuleOutcome;
import dev.jobfit.matching.Wording;
import java.util.List;
import java.util.Optional;

/**
 * The candidate still has an application left in the posting's group ("apply to at most two positions;
 * this applies to the company and its affiliates globally"). An application already made to this very
 * posting passes. A stateless match only knows the applications the caller lists.
 */
public final class ApplicationLimitRule implements EligibilityRule {

    @Override
    public RuleName name() {
        return RuleName.APPLICATION_LIMIT;
    }

    @Override
    public Optional<RuleResult> evaluate(MatchInput input) {
        LimitPolicy limit = input.posting().limit();
        if (limit == null) {
            return Optional.empty();
        }
        String asked = limit.groupName() + " accepts at most " + limit.maxApplications() + " application"
                + (limit.maxApplications() == 1 ? "" : "s") + " per candidate"
                + (limit.consideredInOrder() ? ", considered in the order they are made" : "");
        if (input.history().appliedTo(input.posting().id())) {
            return result(RuleOutcome.PASS, asked + "; you have applied to this posting.", limit);
        }
        List<PriorApplication> held = input.history().holdingSlots(limit.groupKey());
        if (held.size() >= limit.maxApplications()) {
            List<String> earlier = held.stream()
                    .map(a -> a.postingTitle() == null ? a.postingId().toString() : "'" + a.postingTitle() + "'").toList();
            return result(RuleOutcome.FAIL, asked + "; you have already applied to " + Wording.and(earlier) + ".", limit);
        }
        String used = held.isEmpty() ? "you have not applied to any of its postings yet"
                : "you have used " + held.size() + " of " + limit.maxApplications();
        String order = limit.consideredInOrder() ? "; this would be your choice number " + (held.size() + 1) : "";
        return result(RuleOutcome.PASS, asked + "; " + used + order + ".", limit);
    }

    private Optional<RuleResult> result(RuleOutcome outcome, String message, LimitPolicy limit) {
        return Optional.of(new RuleResult(name(), outcome, message, limit.evidence(), null));
    }
}
