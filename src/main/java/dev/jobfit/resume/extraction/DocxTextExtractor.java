package dev.jobfit.resume.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Text of a DOCX document with Apache POI. Before POI opens it, the archive is inflated once into
 * nowhere with a budget, so a zip bomb is refused after reading at most {@link #MAX_INFLATED_BYTES}.
 */
public final class DocxTextExtractor {

    /** A resume's DOCX inflates to a few megabytes at most. */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;

    private final ExtractionLimits limits;

    public DocxTextExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractedDocument extract(byte[] content) throws ExtractionFailure {
        checkInflation(content);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText().replace("\r\n", "\n").replace('\r', '\n').strip();
            if (text.chars().noneMatch(Character::isLetterOrDigit)) {
                throw new ExtractionFailure(ExtractionFailure.Reason.NO_TEXT_LAYER,
                        "This document contains no text. Upload the resume with its text, or paste it.");
            }
            boolean truncated = text.length() > limits.maxCharacters();
            return new ExtractedDocument(DocumentType.DOCX, truncated ? text.substring(0, limits.maxCharacters()) : text, 1,
                    truncated ? List.of("TRUNCATED") : List.of());
        } catch (IOException | RuntimeException e) {
            throw new ExtractionFailure(ExtractionFailure.Reason.CORRUPT_FILE,
                    "This document cannot be read; it may be damaged. Save it again from your editor, or paste the text.", e);
        }
    }

    private static void checkInflation(byte[] content) throws ExtractionFailure {
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw unsafe();
                }
                InputStream in = zip;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES) {
                        throw unsafe();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: ZipInputStream's answer to an entry name that is not valid UTF-8
            throw new ExtractionFailure(ExtractionFailure.Reason.CORRUPT_FILE,
                    "This document cannot be read; it may be damaged. Save it again from your editor, or paste the text.", e);
        }
    }

    private static ExtractionFailure unsafe() {
        return new ExtractionFailure(ExtractionFailure.Reason.UNSAFE_ARCHIVE,
                "This document expands to far more data than a resume holds and was not opened. Save it again "
                        + "from your editor, or paste the text.");
    }
}
