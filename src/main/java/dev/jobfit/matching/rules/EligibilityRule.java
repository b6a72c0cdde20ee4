package dev.jobfit.matching.rules;

import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RuleName;
import java.util.List;
import java.util.Optional;

/**
 * One hard check of a posting requirement against a resume. A rule that the posting does not set
 * returns empty; otherwise PASS, FAIL or UNKNOWN with a message a candidate can act on.
 */
public interface EligibilityRule {

    RuleName name();

    Optional<RuleResult> evaluate(MatchInput input);

    /**
     * What of the posting this rule reads, when that is all it reads besides the candidate: postings
     * with equal values get the same result, so a scorer may evaluate the rule once for all of them.
     * Null (the default) when the result depends on the posting itself.
     */
    default Object reads(dev.jobfit.matching.CompiledPosting posting) {
        return null;
    }

    /** Every rule, in the order results are reported. */
    static List<EligibilityRule> all() {
        return List.of(new DegreeLevelRule(), new DegreeStatusRule(), new DegreeFieldRule(), new InternshipWindowRule(),
                new StartDeadlineRule(), new ApplicationLimitRule());
    }
}
