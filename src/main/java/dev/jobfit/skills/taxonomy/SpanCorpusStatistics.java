package dev.jobfit.skills.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often each word of the annotated training corpora (SkillSpan and Green train splits, CoNLL files)
 * occurs, and how often inside an annotated skill or knowledge span. A word that is frequent but rarely
 * annotated ("design", "support") is a common word, so a one-word skill alias equal to it needs context.
 */
final class SpanCorpusStatistics {

    private static final List<String> TRAINING_FILES = List.of(
            "skillspan/skillspan_house_train.conll",
            "skillspan/skillspan_tech_train.conll",
            "green/train.conll");

    private SpanCorpusStatistics() {
    }

    /** Lower-cased word to {total occurrences, occurrences inside a span}; empty without the corpora. */
    static Map<String, int[]> singleWordUsage(Path data) throws IOException {
        Map<String, int[]> usage = new HashMap<>();
        for (String name : TRAINING_FILES) {
            Path file = data.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] columns = line.strip().split("[\\t ]+");
                    if (columns.length < 2 || columns[0].isEmpty()) {
                        continue;
                    }
                    boolean inside = false;
                    for (int i = 1; i < columns.length; i++) {
                        inside |= columns[i].startsWith("B-") || columns[i].startsWith("I-");
                    }
                    int[] counts = usage.computeIfAbsent(columns[0].toLowerCase(Locale.ROOT), w -> new int[2]);
                    counts[0]++;
                    if (inside) {
                        counts[1]++;
                    }
                }
            }
        }
        return usage;
    }
}
