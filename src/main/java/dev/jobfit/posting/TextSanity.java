package dev.jobfit.posting;

/** Whether submitted "text" is really text. */
final class TextSanity {

    /** More than this share of control or replacement characters means binary data, not text. */
    static final double MAX_UNREADABLE_SHARE = 0.02;

    private TextSanity() {
    }

    static boolean looksBinary(String text) {
        if (text.indexOf('\u0000') >= 0) {
            return true;
        }
        int unreadable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                unreadable++;
            }
        }
        return unreadable > MAX_UNREADABLE_SHARE * text.length();
    }
}
