package dev.jobfit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentence-like units for the statistical models: every line is at least one unit
 * (postings and resumes are mostly bullets and headings), and a line is split further after '.', '!' or
 * '?' followed by a space and an upper-case letter or digit, except after common abbreviations.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "corp", "jr", "sr",
            "st", "no", "approx", "dept", "univ", "fig", "al", "ph.d", "m.sc", "b.sc", "u.s");

    private SentenceSplitter() {
    }

    public static List<Span> split(CharSequence text) {
        List<Span> sentences = new ArrayList<>();
        int length = text.length();
        int lineStart = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || text.charAt(i) == '\n') {
                splitLine(text, lineStart, i, sentences);
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    private static void splitLine(CharSequence text, int start, int end, List<Span> out) {
        int sentenceStart = start;
        for (int i = start; i < end - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
                    && startsSentence(text, i + 2, end) && !(c == '.' && afterAbbreviation(text, sentenceStart, i))) {
                add(text, sentenceStart, i + 1, out);
                sentenceStart = i + 1;
            }
        }
        add(text, sentenceStart, end, out);
    }

    private static boolean startsSentence(CharSequence text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
    }

    private static boolean afterAbbreviation(CharSequence text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.subSequence(wordStart, dot).toString().toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(CharSequence text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
