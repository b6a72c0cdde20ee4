package dev.jobfit.skills;

import java.util.Locale;

/**
 * The key a skill is counted under everywhere skills meet: postings' requirements, resumes' skills, the scorer
 * and the stored resumes' skill index. A taxonomy skill is its id; a skill outside the taxonomy (found by the
 * models only) is {@code text:} and its lower-cased words, so the same words meet each other.
 */
public final class SkillKeys {

    private SkillKeys() {
    }

    /** The key of a skill with taxonomy id {@code skillId} (or null) and the given name or words. */
    public static String of(String skillId, String name) {
        return skillId != null ? skillId : "text:" + name.toLowerCase(Locale.ROOT);
    }
}
