package dev.jobfit.posting.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A posting to analyse or store.
 *
 * @param text the posting as plain text or HTML, at most 200,000 characters
 * @param format "text" (default) or "html"
 * @param title the job title, if known; otherwise read from the text
 * @param company the company's name, if known; otherwise read from the text
 * @param url where the posting is published
 * @param postedAt when it was published
 */
@Schema(name = "PostingRequest", description = "A posting as text or HTML, with what the caller knows about it.")
public record PostingRequest(
        @Schema(required = true, example = "Machine Learning Engineer Intern - 2026 Start\\n\\nRequirements\\n- Experience with PyTorch or TensorFlow")
        @NotBlank String text,
        @Schema(defaultValue = "text") PostingFormat format,
        @Schema(example = "Machine Learning Engineer Intern") @Size(max = 300) String title,
        @Schema(example = "Northwind Video Labs") @Size(max = 200) String company,
        @Schema(example = "https://careers.northwind.example/jobs/4418") @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(example = "2026-09-01") LocalDate postedAt) {

    /** The largest posting accepted, in characters. */
    public static final int MAX_CHARACTERS = 200_000;
}
