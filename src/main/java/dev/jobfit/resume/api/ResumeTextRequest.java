package dev.jobfit.resume.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resume pasted as text.
 *
 * @param text the resume, at most 100,000 characters
 */
@Schema(name = "ResumeTextRequest", description = "A resume pasted as plain text.")
public record ResumeTextRequest(
        @Schema(required = true, example = "Alex Example\\nalex@example.com\\n\\nEDUCATION\\nPhD in Computer Science, 2023 - present")
        @NotBlank @Size(max = 100_000) String text) {
}
