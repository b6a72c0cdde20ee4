package dev.jobfit.skills.api;

import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill in a list.
 *
 * @param id the skill's stable id
 * @param name its preferred name
 * @param type KNOWLEDGE or SKILL
 * @param category whether it is a grouping of skills rather than a skill
 */
@Schema(name = "SkillSummary", description = "A skill of the taxonomy, in short.")
public record SkillSummary(
        @Schema(required = true, example = "jf:pytorch") String id,
        @Schema(required = true, example = "PyTorch") String name,
        @Schema(required = true) SkillType type,
        @Schema(required = true) boolean category) {

    public static SkillSummary of(Skill skill) {
        return new SkillSummary(skill.id(), skill.name(), skill.type(), skill.category());
    }
}
