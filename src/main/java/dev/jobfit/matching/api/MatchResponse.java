package dev.jobfit.matching.api;

import dev.jobfit.matching.MatchResult;
import dev.jobfit.resume.profile.ResumeProfile;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ranked matches of one resume.
 *
 * @param resumeId the stored resume, or null for an anonymous one (nothing was stored)
 * @param resume the resume's profile; resume spans of every match point into {@code resume.text}
 * @param postingsConsidered how many postings were ranked
 * @param matches the best matches: eligible first, then unknown, then ineligible; higher scores first
 */
@Schema(name = "MatchResponse", description = "A resume's profile and its ranked, explained matches.")
public record MatchResponse(
        @Schema(nullable = true) UUID resumeId,
        @Schema(required = true) ResumeProfile resume,
        @Schema(required = true, example = "10") int postingsConsidered,
        @Schema(required = true) List<MatchResult> matches) {
}
