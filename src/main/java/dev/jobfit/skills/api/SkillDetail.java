package dev.jobfit.skills.api;

import dev.jobfit.skills.taxonomy.SkillType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill with its aliases and neighbours in the taxonomy.
 *
 * @param id the skill's stable id
 * @param name its preferred name
 * @param type KNOWLEDGE or SKILL
 * @param category whether it is a grouping of skills
 * @param source where it comes from: esco, onet, curated, or several joined by '+'
 * @param aliases other ways of writing it
 * @param parents broader skills and categories
 * @param children narrower skills (at most 50)
 * @param childCount how many narrower skills there are in all
 * @param related skills that earn partial credit for this one, with their weight
 */
@Schema(name = "SkillDetail", description = "A skill with its aliases, parents, children and related skills.")
public record SkillDetail(
        @Schema(required = true, example = "jf:pytorch") String id,
        @Schema(required = true, example = "PyTorch") String name,
        @Schema(required = true) SkillType type,
        @Schema(required = true) boolean category,
        @Schema(required = true, example = "curated+onet") String source,
        @Schema(required = true) List<String> aliases,
        @Schema(required = true) List<SkillSummary> parents,
        @Schema(required = true) List<SkillSummary> children,
        @Schema(required = true) int childCount,
        @Schema(required = true) List<RelatedSkill> related) {
}
