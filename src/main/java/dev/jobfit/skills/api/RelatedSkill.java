package dev.jobfit.skills.api;

import dev.jobfit.skills.relatedness.Relation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill that counts partly for another.
 *
 * @param skill the related skill
 * @param relation how it relates: NARROWER, SIBLING or BROADER (as offered for the skill asked about)
 * @param weight the credit it earns, 0 to 1
 */
@Schema(name = "RelatedSkill", description = "A related skill and the partial credit it earns.")
public record RelatedSkill(
        @Schema(required = true) SkillSummary skill,
        @Schema(required = true) Relation relation,
        @Schema(required = true, example = "0.5") double weight) {
}
