package dev.jobfit.bench;

import dev.jobfit.resume.ResumeFixture;
import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionLimits;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A two-page PDF resume (fixture 09, rendered as the corpus test renders it) read into a profile as an
 * upload is (content sniffing, bounded PDF reading with the column check, profile with skills), against
 * bare PDFBox text extraction of the same bytes (load, {@link PDFTextStripper}). One thread, after
 * warm-up, the two alternating. Prints p50 and p90 of each (and of the PDF reading inside the profile) and their ratio; asserts nothing (issue 5
 * target: profile under 20 ms at p50). Run:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.jobfit.bench.ResumePdfBenchmark}
 */
public final class ResumePdfBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final int WARM_UP = 200;
    private static final int MEASURED = 300;

    public static void main(String[] args) throws Exception {
        byte[] pdf = ResumeFixture.read(Path.of("src/test/resources/resumes/09-senior-data-engineer-two-page.txt")).pdf();
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()), SkillNameFinder.loadShipped());
        DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
        ExtractedDocument first = extractor.extract(pdf, true);
        System.out.printf(Locale.ROOT, "PDF: %d bytes, %d pages, %d characters of text%n", pdf.length, first.pages(),
                first.text().length());
        long[] profile = new long[MEASURED];
        long[] extraction = new long[MEASURED];
        long[] bare = new long[MEASURED];
        int sink = 0;
        for (int i = -WARM_UP; i < MEASURED; i++) {
            long started = System.nanoTime();
            String text = extractor.extract(pdf, true).text();
            long extracted = System.nanoTime();
            ResumeProfile p = ResumeParser.parse(text, TODAY, recognizer);
            long parsed = System.nanoTime();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                sink += new PDFTextStripper().getText(document).length();
            }
            long stripped = System.nanoTime();
            sink += p.skills().size();
            if (i >= 0) {
                profile[i] = parsed - started;
                extraction[i] = extracted - started;
                bare[i] = stripped - parsed;
            }
        }
        Arrays.sort(profile);
        Arrays.sort(bare);
        Arrays.sort(extraction);
        System.out.printf(Locale.ROOT, "profile from PDF      p50 %6.2f ms  p90 %6.2f ms%n", ms(profile, 0.5), ms(profile, 0.9));
        System.out.printf(Locale.ROOT, "  of which PDF text   p50 %6.2f ms  p90 %6.2f ms%n", ms(extraction, 0.5), ms(extraction, 0.9));
        System.out.printf(Locale.ROOT, "bare PDFTextStripper  p50 %6.2f ms  p90 %6.2f ms%n", ms(bare, 0.5), ms(bare, 0.9));
        System.out.printf(Locale.ROOT, "ratio (profile / bare) at p50: %.1fx   (%d)%n", ms(profile, 0.5) / ms(bare, 0.5), sink % 10);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
