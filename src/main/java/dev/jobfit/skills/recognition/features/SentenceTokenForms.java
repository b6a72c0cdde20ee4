package dev.jobfit.skills.recognition.features;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The lower-cased form and the word class ({@link FeatureGeneratorUtil#tokenFeature}) of each token of
 * the sentence being decoded, each worked out once per token instead of once per feature generator,
 * window position and neighbour that asks. Keyed by the identity of the token array, as OpenNLP's
 * {@code CachedFeatureGenerator} is. Not thread-safe: one per generator, and generators are per decoder.
 */
final class SentenceTokenForms {

    private String[] tokens;
    private String[] lower;
    private String[] classes;

    /** {@link StringUtil#toLowerCase} of {@code tokens[index]}. */
    String lower(String[] tokens, int index) {
        reset(tokens);
        String form = lower[index];
        if (form == null) {
            form = lowerCase(tokens[index]);
            lower[index] = form;
        }
        return form;
    }

    /** {@link FeatureGeneratorUtil#tokenFeature} of {@code tokens[index]}. */
    String wordClass(String[] tokens, int index) {
        reset(tokens);
        String wordClass = classes[index];
        if (wordClass == null) {
            wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
            classes[index] = wordClass;
        }
        return wordClass;
    }

    private void reset(String[] tokens) {
        if (tokens != this.tokens) {
            this.tokens = tokens;
            this.lower = new String[tokens.length];
            this.classes = new String[tokens.length];
        }
    }

    /**
     * The same string as {@link StringUtil#toLowerCase}: every code point mapped by
     * {@link Character#toLowerCase(int)}, without a locale and without the context rules of
     * {@link String#toLowerCase()} (final sigma, the dotted capital I), but without a stream and an
     * array of code points per call; a string that has nothing to lower is returned as it is.
     */
    static String lowerCase(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : needsLowering(text, i)) {
                break;
            }
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder lowered = new StringBuilder(length).append(text, 0, i);
        while (i < length) {
            int codePoint = text.codePointAt(i);
            lowered.appendCodePoint(Character.toLowerCase(codePoint));
            i += Character.charCount(codePoint);
        }
        return lowered.toString();
    }

    /** Whether the code point at {@code i} (a non-ASCII char, or the start of a surrogate pair) changes. */
    private static boolean needsLowering(String text, int i) {
        int codePoint = text.codePointAt(i);
        // A lone low surrogate, or the low half of a pair already passed, maps to itself as well.
        return Character.toLowerCase(codePoint) != codePoint;
    }
}
