package dev.jobfit.matching;

import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis.GroupMode;
import dev.jobfit.text.Span;
import java.util.List;

/**
 * One skill requirement as the scorer counts it: a single skill, or a group of skills asked for
 * together (ALL_OF) or as alternatives (ANY_OF).
 *
 * @param groupId the posting's group id, or null for a single skill
 * @param mode how the skills combine (a single skill is an ANY_OF of one)
 * @param importance required or preferred
 * @param skills the skills
 * @param evidence where the posting asks it
 */
public record SkillUnit(String groupId, GroupMode mode, Importance importance, List<RequiredSkill> skills,
                        Span evidence) {

    /**
     * One skill of a requirement.
     *
     * @param key the taxonomy id, or {@code text:} and the lower-cased words for a skill outside the taxonomy
     * @param skillId the taxonomy id, or null
     * @param name the preferred name or the words as written
     * @param evidence where the posting names it
     */
    public record RequiredSkill(String key, String skillId, String name, Span evidence) {
    }

    /** "PyTorch or TensorFlow", "Python and SQL", "Kubernetes". */
    public String describe() {
        List<String> names = skills.stream().map(RequiredSkill::name).toList();
        return mode == GroupMode.ANY_OF ? Wording.or(names) : Wording.and(names);
    }
}
