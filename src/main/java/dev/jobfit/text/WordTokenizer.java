package dev.jobfit.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and punctuation with their offsets, keeping technical names whole: "C++",
 * "C#", ".NET", "node.js", "R&D", "Raiser's", "3.5". Whitespace and hyphens separate words and yield no
 * token ("scikit-learn" and "scikit learn" give the same tokens); other punctuation marks are tokens of
 * their own, so "PyTorch/TensorFlow" is three tokens. Deterministic and allocation-light: it is on the
 * hot path of every extraction.
 */
public final class WordTokenizer {

    private WordTokenizer() {
    }

    public static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || isHyphen(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || (c == '.' && startsDotWord(text, i))) {
                int end = wordEnd(text, i);
                tokens.add(new Token(text.subSequence(i, end).toString(), i, end));
                i = end;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < length ? i + 2 : i + 1;
                tokens.add(new Token(text.subSequence(i, end).toString(), i, end));
                i = end;
            }
        }
        return tokens;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
    }

    /** ".NET" at the start of a word, not the full stop of "end.". */
    private static boolean startsDotWord(CharSequence text, int i) {
        boolean atWordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        return atWordStart && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }

    private static int wordEnd(CharSequence text, int start) {
        int length = text.length();
        int i = start + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '.' || c == '\'' || c == '\u2019' || c == '&' || c == '_')
                    && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))
                    && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i += 2; // node.js, 3.5, Raiser's, R&D, snake_case
            } else if ((c == '+' || c == '#') && i - start <= 2 && endsSymbolSuffix(text, i)) {
                while (i < length && text.charAt(i) == c) {
                    i++;
                }
                return i; // C++, C#, F#, g++
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean endsSymbolSuffix(CharSequence text, int i) {
        int j = i;
        char symbol = text.charAt(i);
        while (j < text.length() && text.charAt(j) == symbol) {
            j++;
        }
        return j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
    }
}
