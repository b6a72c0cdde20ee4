package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.posting.PostingManager;
import dev.jobfit.posting.PostingService;
import dev.jobfit.posting.api.PostingRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The compiled postings follow the database: at once after a change this replica commits, and within the
 * check interval (1 s) after one that only the database saw, as another replica's would be.
 */
@QuarkusTest
class PostingCatalogTest {

    private static final String TEXT = """
            Data Engineer Intern

            Requirements
            - Experience with SQL and Python.
            - Currently pursuing a Bachelor or Master in Computer Science.
            """;

    @Inject
    PostingCatalog catalog;

    @Inject
    PostingService postings;

    @Inject
    EntityManager entities;

    /**
     * The catalogue as a request sees it: in a transaction of its own, so with a persistence context of its own
     * (the test method's request context would otherwise hand back the postings it loaded before).
     */
    private PostingCatalog.Snapshot current() {
        return QuarkusTransaction.requiringNew().call(catalog::current);
    }

    @Test
    void aPostingCreatedOrClosedThroughThisReplicaIsSeenAtOnce() {
        current(); // a fresh check, so that the next ones fall within the interval
        UUID id = postings.create(new PostingRequest(TEXT, null, null, "Catalog Test Company", null, null)).id();
        assertThat(current().find(id)).hasValueSatisfying(entry -> assertThat(entry.open()).isTrue());

        postings.close(id, PostingManager.ADMINISTRATOR);
        assertThat(current().find(id)).hasValueSatisfying(entry -> assertThat(entry.open()).isFalse());
        assertThat(current().open()).noneMatch(p -> p.id().equals(id));
    }

    @Test
    void readersRunningAlongsideChangesNeverMissOneCommittedBeforeTheyBegan() throws Exception {
        AtomicReference<UUID> latest = new AtomicReference<>();
        AtomicReference<String> missed = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                running.add(readers.submit(() -> {
                    while (!done.get() && missed.get() == null) {
                        UUID id = latest.get(); // committed before this read begins
                        if (id != null && current().find(id).isEmpty()) {
                            missed.set(id.toString());
                        }
                    }
                }));
            }
            for (int i = 0; i < 15 && missed.get() == null; i++) {
                latest.set(postings.create(new PostingRequest(TEXT, null, null, "Catalog Test Company", null, null)).id());
            }
            done.set(true);
            for (Future<?> reader : running) {
                reader.get(60, TimeUnit.SECONDS);
            }
        } finally {
            done.set(true);
            readers.shutdownNow();
        }
        assertThat(missed.get()).as("a posting missing from a catalogue read after it was created").isNull();
    }

    @Test
    void aChangeOnlyTheDatabaseSawIsSeenWithinTheCheckInterval() throws InterruptedException {
        UUID id = postings.create(new PostingRequest(TEXT, null, null, "Catalog Test Company", null, null)).id();
        assertThat(current().find(id)).hasValueSatisfying(entry -> assertThat(entry.open()).isTrue());

        // What another replica's close leaves in the database; no event reaches this one.
        QuarkusTransaction.requiringNew().run(() -> entities.createNativeQuery(
                        "update posting set status = 'CLOSED', version = version + 1 where id = ?1")
                .setParameter(1, id).executeUpdate());

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (current().find(id).orElseThrow().open() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(current().find(id)).hasValueSatisfying(entry -> assertThat(entry.open()).isFalse());
    }
}
