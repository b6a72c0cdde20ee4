package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.DocumentType;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionFailure;
import dev.jobfit.resume.extraction.ExtractionFailure.Reason;
import dev.jobfit.resume.extraction.ExtractionLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reading uploads of every kind, good and bad, from files the test writes. */
class DocumentExtractorTest {

    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);

    @Test
    void readsAOneColumnPdfInOrderWithHeadingsOnTheirOwnLines() throws Exception {
        ExtractedDocument doc = extractor.extract(TestDocuments.pdf(List.of(
                "Alex Example", "EDUCATION", "PhD in Computer Science, Example University, 2023 - present",
                "SKILLS", "Python, PyTorch, SQL")), true);
        assertThat(doc.type()).isEqualTo(DocumentType.PDF);
        assertThat(doc.text().lines().toList()).containsExactly("Alex Example", "EDUCATION",
                "PhD in Computer Science, Example University, 2023 - present", "SKILLS", "Python, PyTorch, SQL");
        assertThat(doc.warnings()).doesNotContain("PROBABLY_MULTI_COLUMN");
    }

    @Test
    void readsATwoColumnPdfColumnByColumnAfterItsHeader() throws Exception {
        List<String> left = List.of("EXPERIENCE", "Research Assistant, Example Lab", "2024 - 2025",
                "Trained video models in PyTorch", "Built data pipelines in Spark", "Wrote evaluation tools",
                "Mentored two students", "Published at CVPR");
        List<String> right = List.of("SKILLS", "Python", "PyTorch", "SQL", "EDUCATION", "MSc Data Science",
                "Example University", "Graduated 2024");
        ExtractedDocument doc = extractor.extract(TestDocuments.twoColumnPdf("Sam Sample", left, right), false);
        List<String> lines = doc.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines.get(0)).isEqualTo("Sam Sample");
        assertThat(lines.subList(1, 1 + left.size())).containsExactlyElementsOf(left);
        assertThat(lines.subList(1 + left.size(), 1 + left.size() + right.size())).containsExactlyElementsOf(right);
        assertThat(doc.warnings()).contains("PROBABLY_MULTI_COLUMN");
    }

    @Test
    void readsDocxByContentWhateverItIsCalled() throws Exception {
        ExtractedDocument doc = extractor.extract(TestDocuments.docx(List.of("Jo Placeholder", "SKILLS", "Kotlin and SQL")), true);
        assertThat(doc.type()).isEqualTo(DocumentType.DOCX);
        assertThat(doc.text()).contains("Jo Placeholder", "Kotlin and SQL");
    }

    @Test
    void readsPlainText() throws Exception {
        ExtractedDocument doc = extractor.extract("Skills: Python\r\nEducation: BSc".getBytes(StandardCharsets.UTF_8), false);
        assertThat(doc.type()).isEqualTo(DocumentType.TEXT);
        assertThat(doc.text()).isEqualTo("Skills: Python\nEducation: BSc");
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        byte[] pdf = TestDocuments.encryptedPdf(List.of("Secret resume"), "user-password");
        assertFails(() -> extractor.extract(pdf, true), Reason.ENCRYPTED_PDF, "password");
    }

    @Test
    void refusesACorruptPdf() {
        byte[] corrupt = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage".getBytes(StandardCharsets.ISO_8859_1);
        assertFails(() -> extractor.extract(corrupt, true), Reason.CORRUPT_FILE, "damaged");
    }

    @Test
    void refusesAPdfWithoutATextLayerAndSaysWhatToDo() throws Exception {
        byte[] scan = TestDocuments.imageOnlyPdf();
        assertFails(() -> extractor.extract(scan, true), Reason.NO_TEXT_LAYER, "no text layer");
    }

    @Test
    void refusesAPdfWithThousandsOfPagesWithoutReadingThem() throws Exception {
        byte[] huge = TestDocuments.manyPagesPdf(3000);
        long started = System.nanoTime();
        assertFails(() -> extractor.extract(huge, true), Reason.TOO_MANY_PAGES, "3000 pages");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void refusesAPdfPageWhoseStreamShowsMillionsOfCharacters() throws Exception {
        // 2.5 million "(Lorem ipsum dolor sit amet) Tj T*" lines: 87 MB of operators in a file under the upload limit.
        byte[] huge = TestDocuments.hugePageStreamPdf("(Lorem ipsum dolor sit amet) Tj T*\n", 2_500_000);
        assertThat((long) huge.length).isLessThan(ExtractionLimits.DEFAULT.maxBytes());
        assertFails(() -> extractor.extract(huge, true), Reason.TOO_MUCH_TEXT, "more than 100000 characters");
    }

    @Test
    void stopsReadingAPageStreamOfMillionsOfOperatorsAtTheTimeLimit() throws Exception {
        // 40 million save/restore pairs show nothing, so only the wall-time limit, checked inside the stream, ends them.
        byte[] huge = TestDocuments.hugePageStreamPdf("q Q\n", 40_000_000);
        assertThat((long) huge.length).isLessThan(ExtractionLimits.DEFAULT.maxBytes());
        DocumentExtractor impatient = new DocumentExtractor(new ExtractionLimits(ExtractionLimits.DEFAULT.maxBytes(), 20,
                100_000, Duration.ofMillis(200), 64L * 1024 * 1024));
        assertFails(() -> impatient.extract(huge, true), Reason.TOO_SLOW, "takes too long");
    }

    @Test
    void refusesAFileThatClaimsToBeAPdfButIsNot() {
        byte[] notPdf = new byte[2048];
        for (int i = 0; i < notPdf.length; i++) {
            notPdf[i] = (byte) (i * 31 + 7);
        }
        assertFails(() -> extractor.extract(notPdf, true), Reason.NOT_A_PDF, "not one");
        assertFails(() -> extractor.extract(notPdf, false), Reason.UNSUPPORTED_FORMAT, "PDF, a DOCX");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertFails(() -> extractor.extract(new byte[0], false), Reason.EMPTY_FILE, "empty");
        DocumentExtractor small = new DocumentExtractor(new ExtractionLimits(1000, 20, 100_000, Duration.ofSeconds(10),
                64L * 1024 * 1024));
        assertFails(() -> small.extract(new byte[1001], false), Reason.FILE_TOO_LARGE, "1001 bytes");
    }

    @Test
    void refusesADocxZipBombAfterBoundedWork() throws Exception {
        byte[] bomb = TestDocuments.docxZipBomb(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertFails(() -> extractor.extract(bomb, false), Reason.UNSAFE_ARCHIVE, "expands");
    }

    private static void assertFails(ThrowingCallable call, Reason reason, String messagePart) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ExtractionFailure.class, f -> assertThat(f.reason()).isEqualTo(reason))
                .hasMessageContaining(messagePart);
    }
}
