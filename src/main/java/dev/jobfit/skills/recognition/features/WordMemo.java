package dev.jobfit.skills.recognition.features;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the decoders remember per word type (the rows of its features), shared by all of them: a concurrent
 * map, read without locks, emptied when it holds {@code limit} words so that it stays bounded. Chosen over a
 * cache with an eviction policy because a recognition reads it about a thousand times: recording each read
 * for the policy and the maintenance it schedules on another thread cost more than the misses after the
 * rare emptying (most words of postings and resumes are the same few thousand).
 */
final class WordMemo {

    private final ConcurrentHashMap<String, int[]> words = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<String, int[]> rows;

    WordMemo(int limit, Function<String, int[]> rows) {
        this.limit = limit;
        this.rows = rows;
    }

    int[] get(String word) {
        int[] found = words.get(word);
        if (found == null) {
            found = rows.apply(word);
            if (words.size() >= limit) {
                words.clear();
            }
            words.put(word, found);
        }
        return found;
    }
}
