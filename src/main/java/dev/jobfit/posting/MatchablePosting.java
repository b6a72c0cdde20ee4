package dev.jobfit.posting;

import dev.jobfit.company.EffectivePolicy;
import dev.jobfit.posting.analysis.PostingAnalysis;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What matching needs of a stored posting, detached from the database.
 *
 * @param id the posting
 * @param status open or closed
 * @param createdAt when it was stored
 * @param analysis its analysis with the recruiter's corrections applied
 * @param companyName the company it names, where known
 * @param policy the application policy of its registered company, if any
 */
public record MatchablePosting(UUID id, Posting.Status status, OffsetDateTime createdAt, PostingAnalysis analysis,
                               String companyName, Optional<EffectivePolicy> policy) {
}
