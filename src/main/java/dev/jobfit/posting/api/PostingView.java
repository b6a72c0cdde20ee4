package dev.jobfit.posting.api;

import dev.jobfit.posting.Posting;
import dev.jobfit.posting.analysis.PostingAnalysis;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored posting.
 *
 * @param id the posting's id
 * @param status OPEN, or CLOSED once deleted (applications keep their reference)
 * @param companyId the registered company the posting belongs to, if any
 * @param url where it is published
 * @param analysis the analysis with the recruiter's corrections applied
 * @param correctedFields which fields of {@code analysis} are corrections rather than analysis
 * @param correctedAt when the corrections were last changed
 * @param createdAt when the posting was stored
 * @param updatedAt when it last changed
 * @param closedAt when it was closed
 */
@Schema(name = "Posting", description = "A stored posting with its (corrected) analysis.")
public record PostingView(
        @Schema(required = true) UUID id,
        @Schema(required = true) Posting.Status status,
        @Schema(nullable = true) UUID companyId,
        @Schema(nullable = true) String url,
        @Schema(required = true) PostingAnalysis analysis,
        @Schema(required = true) List<String> correctedFields,
        @Schema(nullable = true) OffsetDateTime correctedAt,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(nullable = true) OffsetDateTime closedAt) {
}
