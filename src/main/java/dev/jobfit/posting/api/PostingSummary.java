package dev.jobfit.posting.api;

import dev.jobfit.posting.Posting;
import dev.jobfit.posting.analysis.EmploymentType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A posting in a list.
 *
 * @param id the posting's id
 * @param status OPEN or CLOSED
 * @param title the job title
 * @param company the company's name
 * @param companyId the registered company, if any
 * @param employmentType the kind of employment
 * @param postedAt when it was published, if known
 * @param createdAt when it was stored
 */
@Schema(name = "PostingSummary", description = "A posting in a list.")
public record PostingSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) Posting.Status status,
        @Schema(nullable = true) String title,
        @Schema(nullable = true) String company,
        @Schema(nullable = true) UUID companyId,
        @Schema(required = true) EmploymentType employmentType,
        @Schema(nullable = true) LocalDate postedAt,
        @Schema(required = true) OffsetDateTime createdAt) {
}
