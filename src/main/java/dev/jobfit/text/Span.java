package dev.jobfit.text;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A character range {@code [start, end)} into a text that the same answer returns; a client highlights
 * {@code text.substring(start, end)}.
 *
 * @param start offset of the first character (UTF-16 code units, as in JavaScript and Java strings)
 * @param end offset just past the last character
 */
@Schema(name = "Span", description = "Character range [start, end) into the text returned with it.")
public record Span(
        @Schema(required = true, example = "120") int start,
        @Schema(required = true, example = "127") int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
