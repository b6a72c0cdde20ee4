package dev.jobfit.resume;

import dev.jobfit.time.Timestamps;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes stored resumes once their retention ({@code jobfit.resumes.retention}) is over, every
 * {@code jobfit.resumes.purge-interval}. Until then an expired resume is already invisible to the API; this
 * removes it from the database. Runs on every replica; the deletes are idempotent.
 */
@ApplicationScoped
public class ExpiredResumePurge {

    private static final Logger LOG = Logger.getLogger(ExpiredResumePurge.class);

    private final ResumeStore store;

    ExpiredResumePurge(ResumeStore store) {
        this.store = store;
    }

    @Scheduled(identity = "expired-resume-purge", every = "${jobfit.resumes.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes the resumes that have expired by now; returns how many. */
    public long purge() {
        long deleted = store.deleteExpired(Timestamps.now());
        if (deleted > 0) {
            LOG.infof("Deleted %d expired stored resume(s)", deleted);
        }
        return deleted;
    }
}
