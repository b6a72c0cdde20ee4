package dev.jobfit.skills.evaluation;

import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.jobfit.skills.recognition.SkillMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentences of a CoNLL file with BIO skill annotations (SkillSpan: token, skill tag, knowledge tag;
 * Green: token, skill tag), rebuilt as text with tokens joined by single spaces so that gold spans
 * become character spans of that text.
 */
public final class ConllCorpus {

    /** A gold span and its type (null type: the corpus has one collapsed type, as Green does). */
    public record GoldSpan(Span span, SkillType type) {
    }

    /**
     * One sentence.
     *
     * @param text the tokens joined by single spaces
     * @param tokens the tokens as written
     * @param tokenSpans each token's span in {@code text}
     * @param gold the annotated spans
     */
    public record Sentence(String text, List<String> tokens, List<Span> tokenSpans, List<GoldSpan> gold) {

        /**
         * A predicted span as the corpus tokens it touches: from the start of the token it starts in to
         * the end of the token it ends in. The corpora are annotated, and SkillSpan is scored, token by
         * token, and their tokens keep punctuation ("Python," is one token), while the recogniser
         * tokenizes more finely and leaves the comma out of its span; labelling the corpus's tokens from
         * the recogniser's spans is what the benchmark's token-level span evaluation sees.
         */
        public Span onTokens(Span predicted) {
            return new Span(tokenSpans.get(tokenAt(predicted.start())).start(),
                    tokenSpans.get(tokenAt(Math.max(predicted.start(), predicted.end() - 1))).end());
        }

        /** The gold spans of one type ({@code null}: of any type). */
        public Set<Span> goldSpans(SkillType type) {
            Set<Span> spans = new HashSet<>();
            for (GoldSpan g : gold) {
                if (type == null || g.type() == type) {
                    spans.add(g.span());
                }
            }
            return spans;
        }

        /** The corpus-token spans ({@link #onTokens}) of the mentions of one type ({@code null}: of any type). */
        public Set<Span> predictedSpans(List<SkillMention> mentions, SkillType type) {
            Set<Span> spans = new HashSet<>();
            for (SkillMention m : mentions) {
                if (type == null || m.type() == type) {
                    spans.add(onTokens(m.span()));
                }
            }
            return spans;
        }

        /** The index of the token holding (or, on a space, preceding) character {@code offset}. */
        private int tokenAt(int offset) {
            int low = 0;
            int high = tokenSpans.size() - 1;
            while (low < high) {
                int middle = (low + high + 1) >>> 1;
                if (tokenSpans.get(middle).start() <= offset) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low;
        }
    }

    private ConllCorpus() {
    }

    /**
     * Reads a CoNLL file. {@code columnTypes[i]} is the type of tag column {@code i + 1}; a null entry
     * means the column's spans have no SKILL/KNOWLEDGE distinction.
     */
    public static List<Sentence> read(Path file, SkillType... columnTypes) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    flush(rows, columnTypes, sentences);
                } else {
                    rows.add(trimmed.split("[\\t ]+"));
                }
            }
        }
        flush(rows, columnTypes, sentences);
        return sentences;
    }

    private static void flush(List<String[]> rows, SkillType[] columnTypes, List<Sentence> out) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> tokens = new ArrayList<>(rows.size());
        List<List<String>> columns = new ArrayList<>();
        for (int column = 1; column <= columnTypes.length; column++) {
            List<String> tags = new ArrayList<>(rows.size());
            for (String[] row : rows) {
                tags.add(row.length > column ? row[column] : "O");
            }
            columns.add(tags);
        }
        rows.forEach(row -> tokens.add(row[0]));
        out.add(sentence(tokens, columns, columnTypes));
        rows.clear();
    }

    /**
     * One sentence from its tokens and BIO tag columns ({@code columns.get(i)} has type
     * {@code columnTypes[i]}). An I- tag that follows O opens a span, as conlleval reads it.
     */
    public static Sentence sentence(List<String> tokens, List<List<String>> columns, SkillType... columnTypes) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(token);
            spans.add(new Span(start, text.length()));
        }
        List<GoldSpan> gold = new ArrayList<>();
        for (int column = 0; column < columnTypes.length; column++) {
            SkillType type = columnTypes[column];
            List<String> tags = columns.get(column);
            int open = -1;
            for (int i = 0; i <= tokens.size(); i++) {
                String tag = i < tokens.size() ? tags.get(i).toUpperCase(Locale.ROOT) : "O";
                boolean begins = tag.equals("B") || tag.startsWith("B-"); // the JSON release has bare B/I
                boolean inside = tag.equals("I") || tag.startsWith("I-");
                if (open >= 0 && !inside) {
                    gold.add(new GoldSpan(new Span(spans.get(open).start(), spans.get(i - 1).end()), type));
                    open = -1;
                }
                if (begins || (inside && open < 0)) {
                    open = i;
                }
            }
        }
        return new Sentence(text.toString(), List.copyOf(tokens), List.copyOf(spans), List.copyOf(gold));
    }
}
