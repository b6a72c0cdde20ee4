package dev.jobfit.text;

/**
 * A line-level unit of a document: a heading, a list item or a paragraph, as a span of the text.
 *
 * @param start offset of the first character
 * @param end offset just past the last character
 * @param kind what the block is
 * @param markers lower-cased hints from the source about what surrounds the block, such as the HTML
 *     elements, classes and ids it sits in ("nav footer cookie-banner"); empty for plain text
 */
public record Block(int start, int end, Kind kind, String markers) {

    /** What a block is. */
    public enum Kind {
        HEADING,
        LIST_ITEM,
        PARAGRAPH
    }

    public Span span() {
        return new Span(start, end);
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
