package dev.jobfit.matching.api;

import dev.jobfit.matching.MatchResult;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored resume ranked for a posting.
 *
 * @param resumeId the resume
 * @param resumeText its text; the resume spans of the match point into it
 * @param match the explained match
 */
@Schema(name = "ResumeMatch", description = "A stored resume ranked for a posting.")
public record ResumeMatch(@Schema(required = true) UUID resumeId,
                          @Schema(required = true) String resumeText,
                          @Schema(required = true) MatchResult match) {
}
