package dev.jobfit.skills.recognition;

import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;

/**
 * A skill found in a text.
 *
 * @param span where, in the text that was searched
 * @param text the words as written
 * @param skillId the taxonomy entry, or null for a skill that only the statistical model found
 * @param name the taxonomy's preferred name, or the normalised surface form for model-only skills
 * @param type KNOWLEDGE or SKILL
 * @param source which recogniser found it
 * @param confidence how sure the recogniser is, 0 to 1
 */
public record SkillMention(Span span, String text, String skillId, String name, SkillType type,
                           MentionSource source, double confidence) {

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
