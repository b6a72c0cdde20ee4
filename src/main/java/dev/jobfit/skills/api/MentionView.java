package dev.jobfit.skills.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.taxonomy.SkillType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A skill mention found in the text of the same answer.
 *
 * @param skillId the taxonomy entry, or null when only the statistical model found it
 * @param name the taxonomy's preferred name, or the mention's own words for model-only skills
 * @param type KNOWLEDGE (tools, technologies, fields) or SKILL (abilities, competences)
 * @param start offset of the first character in the answer's text
 * @param end offset just past the last character
 * @param text the words as written
 * @param source which recogniser found it: taxonomy, model or both
 * @param confidence 0 to 1
 */
@Schema(name = "SkillMention", description = "A skill mention; start and end are offsets into the answer's text.")
public record MentionView(
        @Schema(nullable = true, example = "jf:pytorch") String skillId,
        @Schema(required = true, example = "PyTorch") String name,
        @Schema(required = true) SkillType type,
        @Schema(required = true, example = "16") int start,
        @Schema(required = true, example = "23") int end,
        @Schema(required = true, example = "PyTorch") String text,
        @Schema(required = true) Source source,
        @Schema(required = true, example = "0.95") double confidence) {

    /** Which recogniser found a mention. */
    @Schema(name = "MentionSource")
    public enum Source {
        @JsonProperty("taxonomy") TAXONOMY,
        @JsonProperty("model") MODEL,
        @JsonProperty("both") BOTH
    }

    public static MentionView of(SkillMention m) {
        return new MentionView(m.skillId(), m.name(), m.type(), m.start(), m.end(), m.text(),
                Source.valueOf(m.source().name()), Math.round(m.confidence() * 1000) / 1000.0);
    }
}
