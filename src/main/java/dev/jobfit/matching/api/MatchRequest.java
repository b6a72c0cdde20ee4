package dev.jobfit.matching.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resume to match against postings: pasted text (nothing is stored) or a stored resume.
 *
 * @param resumeText the resume as text; exactly one of this and resumeId
 * @param resumeId a stored resume; its candidate's applications count for the application limit
 * @param postingIds the postings to match against; all open postings when absent
 * @param limit how many matches to return, best first
 * @param appliedPostingIds for a pasted resume: postings already applied to, for the application limit
 */
@Schema(name = "MatchRequest", description = "A resume (text or stored) to match against postings.")
public record MatchRequest(
        @Schema(nullable = true, description = "The resume as text, at most 100,000 characters.") @Size(max = 100_000)
        String resumeText,
        @Schema(nullable = true) UUID resumeId,
        @Schema(nullable = true) @Size(max = 1000) List<UUID> postingIds,
        @Schema(nullable = true, example = "10", description = "1 to 100; 10 when absent.") @Min(1) @Max(100) Integer limit,
        @Schema(nullable = true) @Size(max = 1000) List<UUID> appliedPostingIds) {
}
