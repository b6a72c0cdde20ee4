package dev.jobfit.matching.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Options of a match with an uploaded resume (the multipart part {@code options}).
 *
 * @param postingIds the postings to match against; all open postings when absent
 * @param limit how many matches to return, best first
 * @param appliedPostingIds postings already applied to, for the application limit
 */
@Schema(name = "MatchOptions", description = "Options of a match with an uploaded resume.")
public record MatchOptions(
        @Schema(nullable = true) @Size(max = 1000) List<UUID> postingIds,
        @Schema(nullable = true, example = "10") @Min(1) @Max(100) Integer limit,
        @Schema(nullable = true) @Size(max = 1000) List<UUID> appliedPostingIds) {
}
