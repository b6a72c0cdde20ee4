package dev.jobfit.posting;

import java.util.UUID;

/**
 * A stored posting was created or changed (analysis, corrections, status) in the current transaction. Fired
 * by {@link PostingService}; caches of compiled postings observe it after the commit to look again at once
 * instead of at their next periodic check.
 */
public record PostingChanged(UUID postingId) {
}
