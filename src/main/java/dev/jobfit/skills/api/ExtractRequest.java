package dev.jobfit.skills.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text to find skills in.
 *
 * @param text the text, at most 100,000 characters
 */
@Schema(name = "SkillExtractionRequest", description = "Text to find skills in.")
public record ExtractRequest(
        @Schema(required = true, example = "Experience with PyTorch or TensorFlow is required.")
        @NotNull @Size(max = ExtractRequest.MAX_TEXT_LENGTH) String text) {

    public static final int MAX_TEXT_LENGTH = 100_000;
}
