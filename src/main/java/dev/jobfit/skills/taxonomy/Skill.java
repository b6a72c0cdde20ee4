package dev.jobfit.skills.taxonomy;

import java.util.List;

/**
 * A skill or a category of skills in the taxonomy.
 *
 * @param id stable identifier: {@code esco:<uuid>}, {@code esco-group:<code>}, {@code onet:<slug>},
 *     {@code onet-cat:<commodity code>} or {@code jf:<slug>} for the project's curated entries
 * @param name preferred name
 * @param type KNOWLEDGE or SKILL
 * @param category true for a grouping node (ESCO skill group, O*NET commodity, curated category) that
 *     is not itself matched in text unless it has aliases of its own
 * @param aliases every way of writing it, the preferred name first
 * @param parents ids of broader skills or categories
 * @param source where it comes from: esco, onet, curated, or a combination joined by '+'
 */
public record Skill(
        String id,
        String name,
        SkillType type,
        boolean category,
        List<Alias> aliases,
        List<String> parents,
        String source) {

    public Skill {
        aliases = List.copyOf(aliases);
        parents = List.copyOf(parents);
    }
}
