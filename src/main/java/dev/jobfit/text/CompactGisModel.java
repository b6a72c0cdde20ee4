package dev.jobfit.text;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * An OpenNLP GIS (maximum entropy) model in flat arrays, for a model with many features and outcomes but
 * few weights per feature: the language model has 145,895 character n-grams over 103 languages and about
 * nine weights per n-gram. {@code GISModel} keeps a hash map from each feature string to a {@link Context}
 * with two arrays, about 48 MB of heap for that model; here a feature is a 64-bit {@link Fingerprints
 * fingerprint} in one open-addressing table and its weights a slice of one array, about 15 MB.
 *
 * <p>{@link #eval} gives {@code GISModel.eval}'s probabilities to the last bit (features of value 1): the
 * same uniform prior, the same sums in the same order, the same exponentiation and normalisation. An
 * unknown feature is taken for a known one only if their fingerprints are equal; the constructor checks
 * that the model's own features do not share one. Immutable and thread-safe.
 */
final class CompactGisModel {

    private final String[] outcomes;
    private final double[] logPrior;
    private final long[] fingerprints;
    private final int[] rows;
    private final int mask;
    /** Row {@code r}'s weights are {@code weights[starts[r]]} up to {@code weights[starts[r + 1]]}. */
    private final int[] starts;
    private final short[] outcomeOf;
    private final double[] weights;

    CompactGisModel(GISModel model) {
        Object[] data = model.getDataStructures(); // parameters, predicate map, outcome names
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        this.outcomes = ((String[]) data[2]).clone();
        if (outcomes.length > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many outcomes: " + outcomes.length);
        }
        UniformPrior prior = new UniformPrior(); // GISModel's default prior, asked for its own values
        prior.setLabels(outcomes, new String[0]);
        this.logPrior = new double[outcomes.length];
        prior.logPrior(logPrior, new int[0]);
        int count = 0;
        for (Context context : predicates.values()) {
            count += context.getOutcomes().length;
        }
        this.starts = new int[predicates.size() + 1];
        this.outcomeOf = new short[count];
        this.weights = new double[count];
        int capacity = Integer.highestOneBit(Math.max(16, predicates.size() * 3 / 2)) << 1; // at most 2/3 full
        this.fingerprints = new long[capacity];
        this.rows = new int[capacity];
        this.mask = capacity - 1;
        int row = 0;
        int w = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            starts[row] = w;
            int[] active = e.getValue().getOutcomes();
            double[] parameters = e.getValue().getParameters();
            for (int a = 0; a < active.length; a++) {
                outcomeOf[w] = (short) active[a];
                weights[w++] = parameters[a];
            }
            long f = Fingerprints.of(e.getKey());
            int slot = slot(f);
            while (fingerprints[slot] != 0) {
                if (fingerprints[slot] == f) {
                    throw new IllegalStateException("two features share a fingerprint: " + e.getKey());
                }
                slot = (slot + 1) & mask;
            }
            fingerprints[slot] = f;
            rows[slot] = row++;
        }
        starts[row] = w;
    }

    int outcomes() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** The probability of each outcome given features of value 1, in the order given. */
    double[] eval(Iterable<? extends CharSequence> features) {
        double[] probs = logPrior.clone();
        for (CharSequence feature : features) {
            int row = row(feature);
            if (row >= 0) {
                for (int i = starts[row], end = starts[row + 1]; i < end; i++) {
                    probs[outcomeOf[i]] += weights[i];
                }
            }
        }
        double normal = 0.0;
        for (int o = 0; o < probs.length; o++) {
            probs[o] = StrictMath.exp(probs[o]);
            normal += probs[o];
        }
        for (int o = 0; o < probs.length; o++) {
            probs[o] /= normal;
        }
        return probs;
    }

    private int row(CharSequence feature) {
        long f = Fingerprints.of(feature);
        long found;
        for (int slot = slot(f); (found = fingerprints[slot]) != 0; slot = (slot + 1) & mask) {
            if (found == f) {
                return rows[slot];
            }
        }
        return -1;
    }

    private int slot(long fingerprint) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    }
}
