package dev.jobfit.bench.jmh;

import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionFailure;
import dev.jobfit.resume.extraction.ExtractionLimits;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.text.LanguageIdentifier;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A two-page resume PDF (fixture 09, written with PDFBox once per run), one thread:
 * <ul>
 *   <li>{@code bareText}: PDFBox alone, load and {@link PDFTextStripper#getText}, the yardstick;</li>
 *   <li>{@code extractText}: the service's extraction (type sniffing, limits, column detection per page);</li>
 *   <li>{@code profile}: what {@code ResumeService.parseDocument} does: extraction, then the resume parser with
 *       skill recognition, then the language check.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResumePdfBench {

    private byte[] pdf;
    private DocumentExtractor extractor;
    private SkillRecognizer recognizer;
    private LanguageIdentifier language;

    @Setup
    public void load() throws Exception {
        String text = BenchFixtures.withoutComments(BenchFixtures.read(
                BenchFixtures.RESUMES.resolve("09-senior-data-engineer-two-page.txt")));
        pdf = BenchFixtures.pdf(text, 2);
        extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
        recognizer = BenchFixtures.recognizer();
        language = BenchFixtures.language();
        ExtractedDocument document = extractor.extract(pdf, true);
        System.out.printf("%n[resume PDF: %,d bytes, %d pages, %,d characters of text, %d skills]%n", pdf.length,
                document.pages(), document.text().length(), profile().skills().size());
    }

    @Benchmark
    public String bareText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Benchmark
    public ExtractedDocument extractText() throws ExtractionFailure {
        return extractor.extract(pdf, true);
    }

    @Benchmark
    public ResumeProfile profile() throws ExtractionFailure {
        ExtractedDocument document = extractor.extract(pdf, true);
        ResumeProfile parsed = ResumeParser.parse(document.text(), BenchFixtures.TODAY, recognizer);
        Optional<String> foreign = language.nonEnglish(parsed.text());
        return foreign.isPresent() ? parsed.withWarnings(java.util.List.of("NOT_ENGLISH")) : parsed;
    }
}
