package dev.jobfit.application.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application of a stored resume to a posting.
 *
 * @param resumeId the stored resume
 * @param postingId the open posting
 */
@Schema(name = "ApplicationRequest", description = "Apply with a stored resume to a posting.")
public record ApplicationRequest(@Schema(required = true) @NotNull UUID resumeId,
                                 @Schema(required = true) @NotNull UUID postingId) {
}
