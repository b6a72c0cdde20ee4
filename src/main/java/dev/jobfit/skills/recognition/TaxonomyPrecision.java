package dev.jobfit.skills.recognition;

import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each taxonomy match, by its words, was exactly an annotated span of its type in the
 * annotated training sentences (SkillSpan train split): the precision of a taxonomy-only mention.
 * "communication" or "design" are matched often but annotated as part of longer phrases or not at
 * all; "Python" or "SQL" almost always alone. {@link SkillRecognizer} keeps a taxonomy mention that no
 * model mention confirms only when its estimated precision reaches {@link #threshold()}.
 *
 * <p>Estimate: {@code (exact + weight * prior) / (matched + weight)}, the observed rate shrunk towards the
 * prior (the precision of all taxonomy matches of that type in the same sentences), so an alias seen once
 * is not trusted or dropped on one example; an alias never matched in training gets the prior.
 * Built by the trainer ({@link #builder()}), shipped as {@value #RESOURCE}. Immutable and thread-safe.
 */
public final class TaxonomyPrecision {

    public static final String RESOURCE = "/skills/taxonomy-precision.tsv";
    /**
     * Chosen by 3-fold cross-validation on the SkillSpan training split (SkillModelCrossValidation
     * {@code --precision=}): thresholds 0.1 to 0.5 and weights 0.5 to 5 were within 0.01 KNOWLEDGE F1 of
     * each other, 0.3 with weight 0.5 had the best mean of both types and keeps the most mentions. With the
     * KNOWLEDGE model trained with mention replacement 0.5 scored a little higher (KNOWLEDGE F1 0.490 against
     * 0.485), but it lies above the prior of KNOWLEDGE (about 0.40), so it drops every lower-case form the
     * training split never matched, "machine learning" in a posting among them, where no model confirms it.
     */
    public static final double DEFAULT_THRESHOLD = 0.3;
    public static final double DEFAULT_WEIGHT = 0.5;

    /** Keeps every taxonomy mention: no statistics. */
    public static final TaxonomyPrecision NONE = new TaxonomyPrecision(Map.of(), new int[2], new int[2], 0, 0, true);

    /** matched, exact of own type, by key. */
    private final Map<String, int[]> counts;
    private final int[] matchedByType;
    private final int[] exactByType;
    private final double threshold;
    private final double weight;
    private final boolean keepNames;

    private TaxonomyPrecision(Map<String, int[]> counts, int[] matchedByType, int[] exactByType, double threshold,
                              double weight, boolean keepNames) {
        this.keepNames = keepNames;
        this.counts = counts;
        this.matchedByType = matchedByType;
        this.exactByType = exactByType;
        this.threshold = threshold;
        this.weight = weight;
    }

    public double threshold() {
        return threshold;
    }

    /** The same statistics with another threshold and prior weight. */
    public TaxonomyPrecision with(double otherThreshold, double otherWeight, boolean otherKeepNames) {
        return new TaxonomyPrecision(counts, matchedByType, exactByType, otherThreshold, otherWeight, otherKeepNames);
    }

    /**
     * Whether a taxonomy mention is kept on its own. Only KNOWLEDGE mentions written in lower case, ordinary
     * vocabulary ("communication", "cloud", "analytics"), are judged by their precision. Mentions written
     * with a capital letter ("C", "iOS", "Android", "C++") are names and always kept, as matching needs
     * them; so are SKILL mentions ("forklift operation"): their filter gained nothing in cross-validation
     * (SKILL F1 0.346 without, 0.345 with) and would drop every SKILL form unseen in training, whose prior
     * (0.29) is under the threshold.
     */
    public boolean keeps(SkillMention mention) {
        return threshold <= 0 || mention.type() != SkillType.KNOWLEDGE || (keepNames && isWrittenAsName(mention.text()))
                || precision(mention) >= threshold;
    }

    static boolean isWrittenAsName(String text) {
        return !text.equals(text.toLowerCase(Locale.ROOT));
    }

    /** The estimated precision of a taxonomy mention. */
    public double precision(SkillMention mention) {
        int t = mention.type().ordinal();
        double prior = matchedByType[t] == 0 ? 1.0 : (double) exactByType[t] / matchedByType[t];
        int[] c = counts.get(key(mention.type(), mention.text()));
        if (c == null) {
            return prior;
        }
        return (c[1] + weight * prior) / (c[0] + weight);
    }

    static String key(SkillType type, String text) {
        return type.name().charAt(0) + " " + String.join(" ", text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Counts taxonomy matches in annotated sentences. Not thread-safe. */
    public static final class Builder {
        private final Map<String, int[]> counts = new TreeMap<>();
        private final int[] matchedByType = new int[SkillType.values().length];
        private final int[] exactByType = new int[SkillType.values().length];

        /** The taxonomy matches of one annotated sentence against its gold spans (span to type). */
        public Builder add(TaxonomyMatcher matcher, String text, Map<Span, SkillType> gold) {
            for (SkillMention m : matcher.match(text)) {
                boolean exact = gold.get(m.span()) == m.type();
                int[] c = counts.computeIfAbsent(key(m.type(), m.text()), k -> new int[2]);
                c[0]++;
                matchedByType[m.type().ordinal()]++;
                if (exact) {
                    c[1]++;
                    exactByType[m.type().ordinal()]++;
                }
            }
            return this;
        }

        public TaxonomyPrecision build() {
            return new TaxonomyPrecision(new HashMap<>(counts), matchedByType.clone(), exactByType.clone(),
                    DEFAULT_THRESHOLD, DEFAULT_WEIGHT, true);
        }

        /** The TSV resource: a line per type with its totals, then key, matched, exact. */
        public String toTsv() {
            StringBuilder out = new StringBuilder("# Taxonomy matches in the SkillSpan training split and how many were"
                    + " exactly a gold span of their type; written by SkillModelTrainer\n");
            for (SkillType type : SkillType.values()) {
                out.append("*").append(type.name()).append('\t').append(matchedByType[type.ordinal()]).append('\t')
                        .append(exactByType[type.ordinal()]).append('\n');
            }
            counts.forEach((key, c) -> out.append(key).append('\t').append(c[0]).append('\t').append(c[1]).append('\n'));
            return out.toString();
        }
    }

    /** The shipped statistics (read once), or {@link #NONE} when the resource is not there. */
    public static TaxonomyPrecision loadShipped() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final TaxonomyPrecision INSTANCE = load();

        private static TaxonomyPrecision load() {
            try (InputStream in = TaxonomyPrecision.class.getResourceAsStream(RESOURCE)) {
                return in == null ? NONE : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static TaxonomyPrecision read(InputStream in) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        int[] matched = new int[SkillType.values().length];
        int[] exact = new int[SkillType.values().length];
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].startsWith("*")) {
                int t = SkillType.valueOf(f[0].substring(1)).ordinal();
                matched[t] = Integer.parseInt(f[1]);
                exact[t] = Integer.parseInt(f[2]);
            } else {
                counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
            }
        }
        return new TaxonomyPrecision(counts, matched, exact, DEFAULT_THRESHOLD, DEFAULT_WEIGHT, true);
    }
}
