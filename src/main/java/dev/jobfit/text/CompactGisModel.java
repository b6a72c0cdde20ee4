package dev.jobfit.text;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;

/**
 * An OpenNLP GIS (maximum entropy) model in flat arrays, for a model with many features and outcomes but
 * few weights per feature: the language model has 145,895 character n-grams over 103 languages and about
 * nine weights per n-gram. {@code GISModel} keeps a hash map from each feature string to a {@link Context}
 * with two arrays, about 48 MB of heap for that model; here a feature is a 64-bit fingerprint in a
 * {@link FingerprintTable} and its weights a slice of one array, about 15 MB.
 *
 * <p>{@link #eval} gives {@code GISModel.eval}'s probabilities to the last bit (features of value 1): the
 * same uniform prior, the same sums in the same order, the same exponentiation and normalisation. An
 * unknown feature is taken for a known one only if their fingerprints are equal; the constructor checks
 * that the model's own features do not share one. Immutable and thread-safe.
 */
public final class CompactGisModel {

    private final String[] outcomes;
    private final double[] logPrior;
    private final FingerprintTable rows;
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
            row++;
        }
        starts[row] = w;
        this.rows = new FingerprintTable(predicates.keySet(), 1.5); // at most 2/3 full: a smaller table
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
            int row = rows.indexOf(feature);
            if (row >= 0) {
                for (int i = starts[row], end = starts[row + 1]; i < end; i++) {
                    probs[outcomeOf[i]] += weights[i];
                }
            }
        }
        return normalise(probs);
    }

    /** Sums of log weights to probabilities, as {@code GISModel.eval} turns them (to the same doubles). */
    public static double[] normalise(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }
}
