package dev.jobfit.resume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files left in the uploads directory. The HTTP layer deletes a request's spool files as the
 * exchange ends, just after the client has its answer, so tests allow that deletion a bounded moment.
 */
final class SpoolDirectory {

    static final Duration DELETION_GRACE = Duration.ofSeconds(10);

    private SpoolDirectory() {
    }

    /** The files still in {@code directory} once they are all gone or {@link #DELETION_GRACE} has passed. */
    static List<Path> filesLeft(Path directory) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DELETION_GRACE.toNanos();
        List<Path> left = list(directory);
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            left = list(directory);
        }
        return left;
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
