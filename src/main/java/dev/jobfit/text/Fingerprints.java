package dev.jobfit.text;

/**
 * 64-bit fingerprints of feature strings, for tables that find a model's features without keeping the
 * strings: FNV-1a over the UTF-16 chars. Two distinct strings share one with a chance of about 2^-64;
 * the tables check their own features for clashes when they are built.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The fingerprint of {@code s}; never 0, which tables use to mark an empty slot. */
    public static long of(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
