package dev.jobfit.skills.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the annotated training corpora (SkillSpan and Green train splits, CoNLL files) use word
 * sequences: how often each sequence of up to {@value #MAX_WORDS} words occurs, and how often it is
 * exactly an annotated skill or knowledge span. An alias that occurs often but is rarely annotated
 * ("engineering", "data", "planning") is ordinary vocabulary there, so matching it needs context.
 */
final class SpanCorpusStatistics {

    static final int MAX_WORDS = 6;

    private static final List<String> TRAINING_FILES = List.of(
            "skillspan/skillspan_house_train.conll",
            "skillspan/skillspan_tech_train.conll",
            "green/train.conll");

    /** Occurrences of a word sequence and how many of them are exactly an annotated span. */
    static final class Usage {
        int occurrences;
        int asSpan;
    }

    private final Map<String, Usage> usage;

    private SpanCorpusStatistics(Map<String, Usage> usage) {
        this.usage = usage;
    }

    boolean isEmpty() {
        return usage.isEmpty();
    }

    /** Usage of a key made by {@link TaxonomyCompiler#key(String)}, or null when never seen. */
    Usage of(String key) {
        return usage.get(key);
    }

    /** Reads the corpora under {@code data}; empty statistics when they are missing. */
    static SpanCorpusStatistics read(Path data) throws IOException {
        Map<String, Usage> usage = new HashMap<>();
        for (String name : TRAINING_FILES) {
            Path file = data.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String[]> sentence = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String[] columns = line.strip().split("[\\t ]+");
                    if (columns.length < 2 || columns[0].isEmpty()) {
                        count(sentence, usage);
                        sentence.clear();
                    } else {
                        sentence.add(columns);
                    }
                }
            }
            count(sentence, usage);
        }
        return new SpanCorpusStatistics(usage);
    }

    private static void count(List<String[]> sentence, Map<String, Usage> usage) {
        int n = sentence.size();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = TaxonomyCompiler.key(sentence.get(i)[0]);
        }
        for (int i = 0; i < n; i++) {
            StringBuilder key = new StringBuilder();
            for (int j = i; j < Math.min(n, i + MAX_WORDS); j++) {
                if (words[j].isEmpty()) {
                    continue;
                }
                if (!key.isEmpty()) {
                    key.append(' ');
                }
                key.append(words[j]);
                Usage u = usage.computeIfAbsent(key.toString(), k -> new Usage());
                u.occurrences++;
                if (isExactSpan(sentence, i, j)) {
                    u.asSpan++;
                }
            }
        }
    }

    /** Whether tokens {@code first..last} are exactly one annotated span in some tag column. */
    private static boolean isExactSpan(List<String[]> sentence, int first, int last) {
        int columns = sentence.get(first).length;
        for (int c = 1; c < columns; c++) {
            if (!tag(sentence, first, c).startsWith("B")) {
                continue;
            }
            boolean inside = true;
            for (int k = first + 1; k <= last && inside; k++) {
                inside = tag(sentence, k, c).startsWith("I");
            }
            boolean ends = last + 1 >= sentence.size() || !tag(sentence, last + 1, c).startsWith("I");
            if (inside && ends) {
                return true;
            }
        }
        return false;
    }

    private static String tag(List<String[]> sentence, int token, int column) {
        String[] row = sentence.get(token);
        return column < row.length ? row[column].toUpperCase(Locale.ROOT) : "O";
    }
}
