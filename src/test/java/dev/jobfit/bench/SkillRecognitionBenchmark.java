package dev.jobfit.bench;

import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Start-up and per-document cost of skill recognition on one thread: load time of taxonomy and models,
 * then latency percentiles for a posting of about 4,000 characters, with and without the models.
 * Prints figures; asserts nothing. Run:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.jobfit.bench.SkillRecognitionBenchmark}
 */
public final class SkillRecognitionBenchmark {

    public static void main(String[] args) throws Exception {
        String text;
        try (InputStream in = SkillRecognitionBenchmark.class.getResourceAsStream("/skills/posting-ml-intern.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        while (text.length() < 4000) {
            text = text + "\n" + text;
        }
        text = text.substring(0, 4000);
        long t0 = System.nanoTime();
        SkillTaxonomy taxonomy = SkillTaxonomy.load();
        long t1 = System.nanoTime();
        TaxonomyMatcher matcher = new TaxonomyMatcher(taxonomy);
        long t2 = System.nanoTime();
        Optional<SkillNameFinder> models = SkillNameFinder.loadShipped();
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "load: taxonomy %d ms, matcher index %d ms, models %d ms, total %d ms%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000);
        measure("taxonomy only", new SkillRecognizer(matcher, Optional.empty()), text);
        measure("taxonomy + models", new SkillRecognizer(matcher, models), text);
    }

    private static void measure(String name, SkillRecognizer recognizer, String text) {
        for (int i = 0; i < 300; i++) {
            recognizer.recognize(text);
        }
        int runs = 500;
        long[] nanos = new long[runs];
        int mentions = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            mentions = recognizer.recognize(text).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-18s 4,000 chars: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (%d mentions)%n", name,
                nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs * 99 / 100] / 1e6, mentions);
    }
}
