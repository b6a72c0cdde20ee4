package dev.jobfit.resume.extraction;

import java.util.List;

/**
 * The text of an uploaded document.
 *
 * @param type what the content turned out to be
 * @param text the text, in reading order
 * @param pages number of pages read (1 for text)
 * @param warnings what the reader noticed: PROBABLY_MULTI_COLUMN, TRUNCATED (whether the text is garbled is
 *     judged by the resume parser, for pasted text too)
 */
public record ExtractedDocument(DocumentType type, String text, int pages, List<String> warnings) {

    public ExtractedDocument {
        warnings = List.copyOf(warnings);
    }
}
