package dev.jobfit.resume.api;

import dev.jobfit.resume.StoredResume;
import dev.jobfit.resume.profile.ResumeProfile;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored resume.
 *
 * @param id its id
 * @param sourceFormat what it was read from
 * @param createdAt when it was stored
 * @param expiresAt when it will be deleted
 * @param profile the parsed profile; its spans point into {@code profile.text}
 */
@Schema(name = "StoredResume", description = "A stored resume and its profile.")
public record StoredResumeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) StoredResume.SourceFormat sourceFormat,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime expiresAt,
        @Schema(required = true) ResumeProfile profile) {
}
