package dev.jobfit.matching;

import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis.GroupMode;
import dev.jobfit.text.Span;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The fit of one resume for one posting: a score whose every point is explained, next to the hard
 * eligibility rules. Posting spans point into {@link #postingText}; resume spans point into the text of
 * the resume profile returned with the match.
 *
 * @param scoringVersion version of the scoring rules; the same inputs and version give the same result
 * @param postingId the posting
 * @param postingTitle the posting's title, where known
 * @param company the posting's company, where known
 * @param postingText the posting's analysed text; every posting span points into it
 * @param score 0 to 100, the sum of the components' points
 * @param eligibility the verdict of the rules
 * @param components the parts of the score
 * @param rules the hard checks and their outcome
 * @param missing required skills and groups the resume does not show
 * @param improvements the changes that would raise the score most, each re-scored
 */
@Schema(name = "Match", description = "The explained fit of a resume for a posting.")
public record MatchResult(
        @Schema(required = true, example = "fit-scorer/1") String scoringVersion,
        @Schema(required = true) UUID postingId,
        @Schema(nullable = true) String postingTitle,
        @Schema(nullable = true) String company,
        @Schema(required = true) String postingText,
        @Schema(required = true, minimum = "0", maximum = "100", example = "72") int score,
        @Schema(required = true) Eligibility eligibility,
        @Schema(required = true) List<ScoreComponent> components,
        @Schema(required = true) List<RuleResult> rules,
        @Schema(required = true) List<MissingRequirement> missing,
        @Schema(required = true) List<Improvement> improvements) {

    /**
     * One part of the score.
     *
     * @param name what is scored
     * @param weight the most points this component can give for this posting (after leaving out the
     *               components the posting does not ask for)
     * @param score how well the resume meets it, 0 to 1
     * @param points the points it gives, {@code round}ed so that all components add up to the score
     * @param reasons why, each with the points it gives
     */
    @Schema(name = "ScoreComponent")
    public record ScoreComponent(@Schema(required = true) ComponentName name,
                                 @Schema(required = true, example = "47.06") double weight,
                                 @Schema(required = true, example = "0.75") double score,
                                 @Schema(required = true, example = "35") int points,
                                 @Schema(required = true) List<Reason> reasons) {
    }

    /**
     * One explained contribution to a component.
     *
     * @param message what the posting asks and what the resume shows
     * @param effect the points this reason gives; the effects of a component add up to its points
     * @param postingEvidence where the posting asks it
     * @param resumeEvidence where the resume shows it, if it does
     */
    @Schema(name = "MatchReason")
    public record Reason(@Schema(required = true) String message,
                         @Schema(required = true, example = "12") int effect,
                         @Schema(nullable = true) Span postingEvidence,
                         @Schema(nullable = true) Span resumeEvidence) {
    }

    /**
     * The outcome of one hard eligibility check.
     *
     * @param rule the check
     * @param outcome pass, fail, or unknown (then the message says what to state)
     * @param message the explanation
     * @param postingEvidence where the posting sets the rule
     * @param resumeEvidence what in the resume decided it
     */
    @Schema(name = "RuleResult")
    public record RuleResult(@Schema(required = true) RuleName rule,
                             @Schema(required = true) RuleOutcome outcome,
                             @Schema(required = true) String message,
                             @Schema(nullable = true) Span postingEvidence,
                             @Schema(nullable = true) Span resumeEvidence) {
    }

    /**
     * A required skill, or group of skills, that the resume does not show.
     *
     * @param groupId the posting's requirement group, or null for a single skill
     * @param mode how the group's skills combine, or null for a single skill
     * @param skills the skills, by name
     * @param message what is missing
     * @param postingEvidence where the posting asks it
     */
    @Schema(name = "MissingRequirement")
    public record MissingRequirement(@Schema(nullable = true) String groupId,
                                     @Schema(nullable = true) GroupMode mode,
                                     @Schema(required = true) Importance importance,
                                     @Schema(required = true) List<String> skills,
                                     @Schema(required = true) String message,
                                     @Schema(nullable = true) Span postingEvidence) {
    }

    /**
     * A change to the resume that would raise the score, with the exact gain computed by scoring the
     * changed resume. Never a change that would turn a failed rule into a pass.
     *
     * @param message what to show or state, and where
     * @param component the component it raises
     * @param scoreDelta the points the score would gain
     */
    @Schema(name = "Improvement")
    public record Improvement(@Schema(required = true) String message,
                              @Schema(required = true) ComponentName component,
                              @Schema(required = true, example = "6") int scoreDelta) {
    }
}
