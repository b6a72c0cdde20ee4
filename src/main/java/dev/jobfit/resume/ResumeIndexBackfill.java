package dev.jobfit.resume;

import dev.jobfit.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Indexes the skills of resumes stored before the skill index existed, a batch at a time, every
 * {@code jobfit.resumes.index-interval}, until none is left. Runs on every replica: two replicas indexing the
 * same resume at once make one transaction fail on the primary key, and the next run finds it indexed.
 * Until a resume is indexed, ranking scores it along with the recalled ones, so nothing is missed meanwhile.
 */
@ApplicationScoped
public class ResumeIndexBackfill {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ResumeIndexBackfill.class);

    private final StoredResumeRepository resumes;
    private final ResumeRecallIndex index;
    private final ResumeStore store;

    ResumeIndexBackfill(StoredResumeRepository resumes, ResumeRecallIndex index, ResumeStore store) {
        this.resumes = resumes;
        this.index = index;
        this.store = store;
    }

    @Scheduled(identity = "resume-skill-backfill", every = "${jobfit.resumes.index-interval}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            int indexed = run();
            if (indexed > 0) {
                LOG.infof("Indexed the skills of %d stored resume(s)", indexed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Indexing the skills of stored resumes failed, to be retried: %s", e.toString());
        }
    }

    /** Indexes every resume not indexed yet, a batch per transaction; returns how many. */
    public int run() {
        int indexed = 0;
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(this::batch);
            indexed += batch;
            if (batch < BATCH) {
                return indexed;
            }
        }
    }

    private int batch() {
        List<UUID> ids = index.unindexed(Timestamps.now(), BATCH);
        for (UUID id : ids) {
            StoredResume resume = resumes.findById(id);
            if (resume != null) {
                index.index(resume, store.profile(resume));
            }
        }
        return ids.size();
    }
}
