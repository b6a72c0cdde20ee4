package dev.jobfit.resume.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a resume's text looks garbled, as a broken PDF text layer leaves it: replacement characters and
 * "(cid:12)" glyph codes, letters spaced out one by one ("J o h n  D o e"), or words no language has. The
 * thresholds are set well clear of real resumes, so the warning means the reader should paste the text.
 */
final class TextQuality {

    /** The warning added to a profile whose text looks garbled. */
    static final String LOW_TEXT_QUALITY = "LOW_TEXT_QUALITY";

    /** Characters a text layer gives for glyphs it cannot map: U+FFFD, private-use code points, PDFBox's "(cid:n)". */
    private static final Pattern UNMAPPED = Pattern.compile("[\\uFFFD\\p{Co}]|\\(cid:\\d+\\)");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
    /** A word that could be English or another Latin-script language: vowels, and no long consonant runs. */
    private static final Pattern WORD_LIKE = Pattern.compile("(?i)(?=.*[aeiouy])(?!.*[^aeiouy]{5})[a-z]+");

    private static final double MAX_UNMAPPED_SHARE = 0.02;
    private static final double MIN_LETTER_SHARE = 0.45;
    private static final int MAX_SINGLE_LETTER_RUN = 12;
    private static final double MIN_WORD_LIKE_SHARE = 0.6;
    /** Below this many words the shares say little. */
    private static final int MIN_WORDS = 20;

    private TextQuality() {
    }

    static boolean isLow(String text) {
        int visible = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        if (visible == 0) {
            return false;
        }
        int unmapped = 0;
        Matcher u = UNMAPPED.matcher(text);
        while (u.find()) {
            unmapped += u.end() - u.start();
        }
        if ((double) unmapped / visible > MAX_UNMAPPED_SHARE) {
            return true;
        }
        int tokens = 0;
        int singleLetterRun = 0;
        int longestRun = 0;
        int latinWords = 0;
        int wordLike = 0;
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            tokens++;
            String token = t.group();
            // "a" and "I" are words, but twelve one-letter tokens in a row are a word spelt out by the layout.
            singleLetterRun = token.length() == 1 && Character.isLetter(token.charAt(0)) ? singleLetterRun + 1 : 0;
            longestRun = Math.max(longestRun, singleLetterRun);
            Matcher w = LATIN_WORD.matcher(token);
            while (w.find()) {
                if (w.end() - w.start() >= 3) {
                    latinWords++;
                    if (WORD_LIKE.matcher(w.group()).matches()) {
                        wordLike++;
                    }
                }
            }
        }
        if (tokens < MIN_WORDS) {
            return false;
        }
        return longestRun >= MAX_SINGLE_LETTER_RUN
                || (double) letters / visible < MIN_LETTER_SHARE
                || (latinWords >= MIN_WORDS && (double) wordLike / latinWords < MIN_WORD_LIKE_SHARE);
    }
}
