package dev.jobfit.application.api;

import dev.jobfit.application.Application;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application.
 *
 * @param id the application
 * @param resumeId the resume it was made with (null once that resume is deleted)
 * @param postingId the posting
 * @param postingTitle the posting's title, where known
 * @param company the posting's company, where known
 * @param status active or withdrawn
 * @param group the company or group whose application limit it counts towards, if any
 * @param maxApplications that limit, if any
 * @param orderInGroup 1 for the candidate's first application that counts in the group, 2 for the next...;
 *                     null when it does not count (withdrawn with its slot freed, or no limit)
 * @param appliedAt when it was made
 * @param withdrawnAt when it was withdrawn, if it was
 */
@Schema(name = "Application", description = "A candidate's application to a posting.")
public record ApplicationView(
        @Schema(required = true) UUID id,
        @Schema(nullable = true) UUID resumeId,
        @Schema(required = true) UUID postingId,
        @Schema(nullable = true) String postingTitle,
        @Schema(nullable = true) String company,
        @Schema(required = true) Application.Status status,
        @Schema(nullable = true) String group,
        @Schema(nullable = true, example = "2") Integer maxApplications,
        @Schema(nullable = true, example = "1") Integer orderInGroup,
        @Schema(required = true) OffsetDateTime appliedAt,
        @Schema(nullable = true) OffsetDateTime withdrawnAt) {
}
