package dev.jobfit.matching.api;

import dev.jobfit.matching.Eligibility;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which postings of each limited company group to apply to, and in what order.
 *
 * @param resumeId the stored resume
 * @param groups one plan per group with an application limit and open postings
 */
@Schema(name = "ApplicationPlan", description = "How to make the best of application limits.")
public record ApplicationPlan(@Schema(required = true) UUID resumeId, @Schema(required = true) List<GroupPlan> groups) {

    /**
     * The plan for one group.
     *
     * @param group the company or group
     * @param maxApplications its limit
     * @param used applications already counting towards it
     * @param consideredInOrder whether it considers applications in the order made
     * @param advice the plan in a sentence
     * @param apply the postings to apply to, in this order
     * @param skip the other open postings of the group, with why not
     */
    @Schema(name = "GroupPlan")
    public record GroupPlan(@Schema(required = true) String group,
                            @Schema(required = true, example = "2") int maxApplications,
                            @Schema(required = true, example = "0") int used,
                            @Schema(required = true) boolean consideredInOrder,
                            @Schema(required = true) String advice,
                            @Schema(required = true) List<PlanStep> apply,
                            @Schema(required = true) List<PlanStep> skip) {
    }

    /**
     * One posting in a plan.
     *
     * @param order its place in the plan (1 first), or null for a skipped posting
     * @param postingId the posting
     * @param title its title
     * @param score its fit score
     * @param eligibility the verdict of its rules
     * @param reason why it is in this place
     */
    @Schema(name = "PlanStep")
    public record PlanStep(@Schema(nullable = true, example = "1") Integer order,
                           @Schema(required = true) UUID postingId,
                           @Schema(nullable = true) String title,
                           @Schema(required = true, example = "81") int score,
                           @Schema(required = true) Eligibility eligibility,
                           @Schema(required = true) String reason) {
    }
}
