package dev.jobfit.bench;

import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.text.LanguageIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Latency of analysing one posting of about 5,000 characters on one thread after warm-up, with the
 * taxonomy alone and with the trained models, and with language identification. Prints figures;
 * asserts nothing. Run:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.jobfit.bench.PostingAnalysisBenchmark}
 */
public final class PostingAnalysisBenchmark {

    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of("src/test/resources/postings/03-northwind-ts-mle-graduate.html"));
        TaxonomyMatcher matcher = new TaxonomyMatcher(SkillTaxonomy.load());
        LanguageIdentifier language = LanguageIdentifier.loadShipped();
        measure("taxonomy only", new PostingAnalyzer(new SkillRecognizer(matcher, Optional.empty())), html);
        measure("taxonomy + models", new PostingAnalyzer(new SkillRecognizer(matcher, SkillNameFinder.loadShipped())), html);
        measure("+ language check", new PostingAnalyzer(new SkillRecognizer(matcher, SkillNameFinder.loadShipped()),
                language::nonEnglish), html);
    }

    private static void measure(String name, PostingAnalyzer analyzer, String html) {
        PostingInput input = PostingInput.html(html);
        int characters = analyzer.analyze(input).text().length();
        for (int i = 0; i < 200; i++) {
            analyzer.analyze(input);
        }
        int runs = 300;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            analyzer.analyze(input);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-18s %,d-character posting (%,d of HTML): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                name, characters, html.length(), nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs * 99 / 100] / 1e6);
    }
}
