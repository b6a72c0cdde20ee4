package dev.jobfit.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared recogniser gives every thread the same answers as a single thread gets. */
class SkillRecognizerConcurrencyTest {

    private static final int THREADS = 10;
    private static final int CALLS = 1000;

    @Test
    void thousandConcurrentCallsOnTenThreadsMatchTheSingleThreadedResults() throws Exception {
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()),
                SkillNameFinder.loadShipped());
        List<String> texts = List.of(
                fixture("/skills/posting-ml-intern.txt"),
                "Experience with PyTorch or TensorFlow is required.",
                "Go, Rust or C for backend services; we visited Java last year.",
                "Statistical modelling in R or Python, SQL, Apache Spark Streaming and PySpark.");
        List<List<SkillMention>> expected = texts.stream().map(recognizer::recognize).toList();
        assertThat(expected.get(0)).hasSizeGreaterThan(20);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Boolean>> results = new ArrayList<>(CALLS);
            for (int i = 0; i < CALLS; i++) {
                int which = i % texts.size();
                results.add(pool.submit(() -> recognizer.recognize(texts.get(which)).equals(expected.get(which))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String fixture(String resource) throws IOException {
        try (InputStream in = SkillRecognizerConcurrencyTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
