package dev.jobfit.text;

/**
 * A word or punctuation mark of a text.
 *
 * @param text the characters as written
 * @param start offset of the first character
 * @param end offset just past the last character
 */
public record Token(String text, int start, int end) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0))
                || (text.length() > 1 && Character.isLetterOrDigit(text.codePointAt(1)));
    }
}
