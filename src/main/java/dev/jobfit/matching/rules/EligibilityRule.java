package dev.jobfit.matching.rules;

import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RuleName;
import dev.jobfit.posting.analysis.PostingAnalysis;
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
     * What of the posting the rule's outcome depends on, without evidence spans, when that is all it
     * reads besides the candidate: postings with equal values get the same outcome, so a scorer ranking
     * many postings may work it out once for all of them. Null (the default) when the outcome depends on
     * the posting itself.
     */
    default Object reads(PostingAnalysis analysis) {
        return null;
    }

    /** Every rule, in the order results are reported. Rules hold no state. */
    List<EligibilityRule> ALL = List.of(new DegreeLevelRule(), new DegreeStatusRule(), new DegreeFieldRule(),
            new InternshipWindowRule(), new StartDeadlineRule(), new ApplicationLimitRule());
}
