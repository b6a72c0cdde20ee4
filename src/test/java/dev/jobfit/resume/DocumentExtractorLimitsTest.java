package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionFailure;
import dev.jobfit.resume.extraction.ExtractionFailure.Reason;
import dev.jobfit.resume.extraction.ExtractionLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The bounds on the work one upload may cause, each exercised: text length, wall time, glyphs per page, and
 * page geometry that would make the column detection allocate without bound. (Size, page count and zip
 * bombs: {@link DocumentExtractorTest}.)
 */
class DocumentExtractorLimitsTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);

    @Test
    void truncatesTextOverTheCharacterLimitWithAWarning() throws Exception {
        DocumentExtractor short50 = new DocumentExtractor(new ExtractionLimits(1_000_000, 20, 50, Duration.ofSeconds(10),
                64L * 1024 * 1024));
        ExtractedDocument text = short50.extract("Python ".repeat(20).getBytes(StandardCharsets.UTF_8), false);
        assertThat(text.text()).hasSize(50);
        assertThat(text.warnings()).containsExactly("TRUNCATED");

        // The limit is also the most characters one PDF page may show: pages under it, a document over it.
        DocumentExtractor short1000 = new DocumentExtractor(new ExtractionLimits(1_000_000, 20, 1_000, Duration.ofSeconds(10),
                64L * 1024 * 1024));
        ExtractedDocument pdf = short1000.extract(TestDocuments.longPdf(List.of("Python and SQL"), 3), true);
        assertThat(pdf.text()).hasSize(1_000);
        assertThat(pdf.warnings()).contains("TRUNCATED");
    }

    @Test
    void stopsReadingAPdfWhenItsTimeIsUp() throws Exception {
        DocumentExtractor noTime = new DocumentExtractor(new ExtractionLimits(1_000_000, 20, 100_000, Duration.ofNanos(1),
                64L * 1024 * 1024));
        byte[] pdf = TestDocuments.pdf(List.of("Alex Example", "SKILLS", "Python"));
        assertThatThrownBy(() -> noTime.extract(pdf, true))
                .isInstanceOfSatisfying(ExtractionFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_SLOW));
    }

    @Test
    void stopsInsideAPageThatDrawsFarMoreGlyphsThanAResumeHas() throws Exception {
        // 150,000 glyphs in 4 KB of compressed content: the glyph budget (the character limit) stops the page
        // while it is read.
        byte[] pdf = onePage(PDRectangle.LETTER, out -> {
            String line = "x".repeat(1000);
            for (int i = 0; i < 150; i++) {
                write(out, 1, 10, 10 + i * 0.1f, line);
            }
        });
        assertThatThrownBy(() -> extractor.extract(pdf, true))
                .isInstanceOfSatisfying(ExtractionFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_MUCH_TEXT));
    }

    @Test
    void readsAPageWiderThanAnyPrinterAsOneColumn() throws Exception {
        // The column detection used to allocate one counter per two points of width: 4 GB for this page.
        byte[] pdf = onePage(new PDRectangle(3.0e9f, 792), out -> {
            List<String> lines = List.of("Alex Example", "EDUCATION", "PhD in Computer Science", "SKILLS",
                    "Python and SQL", "EXPERIENCE", "Research Assistant", "AVAILABILITY", "Summer 2026");
            for (int i = 0; i < lines.size(); i++) {
                write(out, 10, 60, 740 - 16 * i, lines.get(i));
            }
        });
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        ExtractedDocument doc = extractor.extract(pdf, true);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(doc.text()).contains("PhD in Computer Science", "Python and SQL");
        assertThat(doc.warnings()).doesNotContain("PROBABLY_MULTI_COLUMN");
        assertThat(allocated).as("bytes allocated reading the page").isLessThan(256L * 1024 * 1024);
    }

    private interface PageContent {
        void draw(PDPageContentStream out) throws IOException;
    }

    private static byte[] onePage(PDRectangle size, PageContent content) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                content.draw(out);
            }
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void write(PDPageContentStream out, float fontSize, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(FONT, fontSize);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
