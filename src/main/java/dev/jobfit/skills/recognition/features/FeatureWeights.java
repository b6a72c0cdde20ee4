package dev.jobfit.skills.recognition.features;

import dev.jobfit.text.FingerprintTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * The weights of one or several OpenNLP event models in one table for fast scoring: a feature string
 * is looked up once for all models, and its weights for every outcome of every model lie side by side
 * in one array row, instead of behind a hash map node, a {@link Context} per model and its two arrays.
 * Scoring a token touches a cache line or two per feature rather than about ten.
 *
 * <p>Features are found by a 64-bit fingerprint of the string ({@link FingerprintTable});
 * the constructor checks that no two predicates share one. An unseen feature string would be taken for
 * a known predicate only if its fingerprint equalled that predicate's, a chance of about 2^-64 per
 * predicate. Adding a row adds 0.0 for outcomes a predicate has no weight for, which leaves a sum as it
 * is, so a token's sums are the same doubles as OpenNLP's {@code PerceptronModel} and {@code GISModel}
 * compute.
 * Immutable and thread-safe.
 */
public final class FeatureWeights {

    private final FingerprintTable ids;
    private final double[] rows;
    private final int width;
    private final int[] offsets;

    public FeatureWeights(List<Map<String, Context>> models, List<Integer> outcomes) {
        offsets = new int[models.size()];
        int w = 0;
        for (int m = 0; m < models.size(); m++) {
            offsets[m] = w;
            w += outcomes.get(m);
        }
        width = w;
        Map<String, Integer> id = new LinkedHashMap<>();
        for (Map<String, Context> model : models) {
            for (String predicate : model.keySet()) {
                id.putIfAbsent(predicate, id.size());
            }
        }
        rows = new double[id.size() * width];
        for (int m = 0; m < models.size(); m++) {
            for (Map.Entry<String, Context> e : models.get(m).entrySet()) {
                int base = id.get(e.getKey()) * width + offsets[m];
                int[] active = e.getValue().getOutcomes();
                double[] parameters = e.getValue().getParameters();
                for (int a = 0; a < active.length; a++) {
                    rows[base + active[a]] += parameters[a];
                }
            }
        }
        ids = new FingerprintTable(id.keySet(), 3); // at most 3/8 full: most lookups find their slot at once
    }

    /** The row of a feature, or -1 when no model knows it. */
    public int row(String feature) {
        int id = ids.indexOf(feature);
        return id < 0 ? -1 : id * width;
    }

    /** Adds a row's weights of model {@code m} to {@code sums}. */
    public void add(int row, int m, double[] sums) {
        int from = row + offsets[m];
        for (int o = 0; o < sums.length; o++) {
            sums[o] += rows[from + o];
        }
    }
}
