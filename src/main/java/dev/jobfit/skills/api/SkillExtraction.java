package dev.jobfit.skills.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Skills found in a text.
 *
 * @param text the text that was searched; every mention's start and end point into it
 * @param mentions the mentions in text order
 */
@Schema(name = "SkillExtraction", description = "The skills found in a text, with offsets into it.")
public record SkillExtraction(
        @Schema(required = true) String text,
        @Schema(required = true) List<MentionView> mentions) {
}
