package dev.jobfit.resume.extraction;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads an uploaded document whatever it claims to be: decides the type from the content, applies the
 * limits, and hands it to the PDF, DOCX or text reader. Failures are {@link ExtractionFailure}s with a
 * stable reason and a message a candidate can act on. Thread-safe.
 */
public final class DocumentExtractor {

    private final ExtractionLimits limits;
    private final PdfTextExtractor pdf;
    private final DocxTextExtractor docx;

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.pdf = new PdfTextExtractor(limits);
        this.docx = new DocxTextExtractor(limits);
    }

    /**
     * @param content the uploaded bytes
     * @param declaredPdf whether the upload claims to be a PDF (by type or name); only used to say
     *     "this is not a PDF" instead of "unsupported format"
     */
    public ExtractedDocument extract(byte[] content, boolean declaredPdf) throws ExtractionFailure {
        if (content.length == 0) {
            throw new ExtractionFailure(ExtractionFailure.Reason.EMPTY_FILE, "The file is empty. Choose your resume file again.");
        }
        if (content.length > limits.maxBytes()) {
            throw new ExtractionFailure(ExtractionFailure.Reason.FILE_TOO_LARGE, "The file has " + content.length
                    + " bytes; resumes of at most " + limits.maxBytes() + " bytes are read.");
        }
        DocumentType type = DocumentSniffer.detect(content).orElseThrow(() -> declaredPdf
                ? new ExtractionFailure(ExtractionFailure.Reason.NOT_A_PDF,
                        "The file is called a PDF but is not one. Export your resume as PDF again, or upload DOCX or text.")
                : new ExtractionFailure(ExtractionFailure.Reason.UNSUPPORTED_FORMAT,
                        "This file is not a PDF, a DOCX document or plain text. Upload one of those, or paste the text."));
        return switch (type) {
            case PDF -> pdf.extract(content);
            case DOCX -> docx.extract(content);
            case TEXT -> text(content);
        };
    }

    private ExtractedDocument text(byte[] content) throws ExtractionFailure {
        String text = new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            throw new ExtractionFailure(ExtractionFailure.Reason.EMPTY_FILE, "The file contains no text.");
        }
        boolean truncated = text.length() > limits.maxCharacters();
        return new ExtractedDocument(DocumentType.TEXT, truncated ? text.substring(0, limits.maxCharacters()) : text, 1,
                truncated ? List.of("TRUNCATED") : List.of());
    }
}
