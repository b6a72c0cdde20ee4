package dev.jobfit.bench.jmh;

import dev.jobfit.bench.ResumePdfs;
import dev.jobfit.matching.FitScorer;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.text.LanguageIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the benchmarks share: the shipped taxonomy and models (loaded once per JVM, as the service's
 * SkillEngine does) and the fixture files. Paths are relative to the
 * project directory, where {@code -Pbenchmarks} runs JMH.
 */
final class BenchFixtures {

    /** A fixed day, so that date rules give the same answers on every run. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Path CATALOGUE = Path.of("src/main/resources/catalogue/postings");
    static final Path RESUMES = Path.of("src/test/resources/resumes");

    private static SkillTaxonomy taxonomy;
    private static SkillRecognizer recognizer;
    private static LanguageIdentifier language;

    private BenchFixtures() {
    }

    static synchronized SkillTaxonomy taxonomy() {
        if (taxonomy == null) {
            taxonomy = SkillTaxonomy.load();
        }
        return taxonomy;
    }

    /** Taxonomy matcher and the trained name finders, as the service runs them. */
    static synchronized SkillRecognizer recognizer() {
        if (recognizer == null) {
            recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy()), SkillNameFinder.loadShipped());
        }
        return recognizer;
    }

    static synchronized LanguageIdentifier language() {
        if (language == null) {
            language = LanguageIdentifier.loadShipped();
        }
        return language;
    }

    /** The analyser as PostingService builds it: recogniser plus the language check. */
    static PostingAnalyzer analyzer() {
        LanguageIdentifier languages = language();
        return new PostingAnalyzer(recognizer(), languages::nonEnglish);
    }

    /** The scorer as MatchService builds it. */
    static FitScorer scorer() {
        SkillTaxonomy skills = taxonomy();
        return new FitScorer(new SkillRelatedness(skills), id -> skills.find(id).map(Skill::name).orElse(null));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ten sample catalogue postings, analysed. */
    static List<PostingAnalysis> cataloguePostings() {
        PostingAnalyzer analyzer = analyzer();
        List<PostingAnalysis> pages = new ArrayList<>();
        for (Path file : files(CATALOGUE, "")) {
            String content = read(file);
            pages.add(analyzer.analyze(file.toString().endsWith(".html") ? PostingInput.html(content) : PostingInput.text(content)));
        }
        return pages;
    }

    /** The fixture resumes' texts (without their "# layout" comment lines). */
    static List<String> resumeTexts() {
        return files(RESUMES, ".txt").stream().map(f -> withoutComments(read(f))).toList();
    }

    static String withoutComments(String text) {
        return ResumePdfs.withoutComments(text);
    }

    /** The text as a PDF of {@code pages} pages (see {@link ResumePdfs}). */
    static byte[] pdf(String text, int pages) {
        return ResumePdfs.pdf(text, pages);
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
