package dev.jobfit.resume;

import dev.jobfit.web.ProblemException;
import dev.jobfit.web.ProblemType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many uploaded documents are read at once. Reading one holds the file in memory plus up to
 * 64 MB of PDF buffers and a CPU core for up to ten seconds, so a burst of uploads beyond this limit waits
 * briefly and is then shed with a 503 {@code server-busy} problem and {@code Retry-After}, instead of
 * exhausting memory.
 */
@ApplicationScoped
public class UploadCapacity {

    @ConfigMapping(prefix = "jobfit.uploads")
    public interface Config {
        /** Documents read at the same time; by default twice the number of CPU cores. */
        OptionalInt maxConcurrent();

        /** How long an upload waits for a free slot before it is answered 503. */
        @WithDefault("2s")
        Duration queueWait();
    }

    private final Semaphore permits;
    private final int maxConcurrent;
    private final Duration queueWait;

    UploadCapacity(Config config) {
        this.maxConcurrent = config.maxConcurrent().orElse(2 * Runtime.getRuntime().availableProcessors());
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("jobfit.uploads.max-concurrent must be at least 1, not " + maxConcurrent);
        }
        this.permits = new Semaphore(maxConcurrent, true);
        this.queueWait = config.queueWait();
    }

    /** Runs {@code read} once a slot is free, or throws the 503 problem when none frees up in time. */
    public <T> T read(Supplier<T> read) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw ProblemException.retryLater(ProblemType.SERVER_BUSY, "The service is reading " + maxConcurrent
                    + " documents already; send yours again in a moment.", queueWait);
        }
        try {
            return read.get();
        } finally {
            permits.release();
        }
    }
}
