package dev.jobfit.text;

import java.util.Collection;

/**
 * Numbers strings by their position without keeping the strings: each key's 64-bit fingerprint (FNV-1a
 * over the UTF-16 chars) in an open-addressing table with linear probing. For the weight tables of the
 * statistical models, which look up every feature string of every token. A string that is not a key is
 * taken for one only if its fingerprint equals that key's, a chance of about 2^-64 per key; the
 * constructor checks that no two keys share one. Immutable and thread-safe.
 */
public final class FingerprintTable {

    private final long[] fingerprints; // 0 marks a free slot; no fingerprint is 0
    private final int[] indexes;
    private final int mask;

    /**
     * @param keys distinct strings, numbered from 0 in iteration order
     * @param slotsPerKey the table has more than this many slots per key (a power of two in all): more
     *     slots, shorter searches
     */
    public FingerprintTable(Collection<? extends CharSequence> keys, double slotsPerKey) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) (keys.size() * slotsPerKey))) << 1;
        fingerprints = new long[capacity];
        indexes = new int[capacity];
        mask = capacity - 1;
        int index = 0;
        for (CharSequence key : keys) {
            long f = fingerprint(key);
            int slot = slot(f);
            while (fingerprints[slot] != 0) {
                if (fingerprints[slot] == f) {
                    throw new IllegalStateException("two keys share a fingerprint: " + key);
                }
                slot = (slot + 1) & mask;
            }
            fingerprints[slot] = f;
            indexes[slot] = index++;
        }
    }

    /** The key's number, or -1 when it is not a key. */
    public int indexOf(CharSequence key) {
        long f = fingerprint(key);
        long found;
        for (int slot = slot(f); (found = fingerprints[slot]) != 0; slot = (slot + 1) & mask) {
            if (found == f) {
                return indexes[slot];
            }
        }
        return -1;
    }

    private int slot(long fingerprint) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    }

    /** FNV-1a over the UTF-16 chars; never 0. */
    static long fingerprint(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }
}
