package dev.jobfit.skills.recognition.features;

/**
 * The lowest score that still makes a beam of a given size: OpenNLP's {@code BeamSearch} sorts a copy of
 * a step's scores and keeps those at or above {@code sorted[length - size]}. The same value, found by
 * one pass that keeps the best {@code size} scores (size is 3 for the shipped models), without the
 * copy and the sort, which took a tenth of the decoding time.
 */
public final class BeamCut {

    private BeamCut() {
    }

    /** {@code sorted[max(0, scores.length - size)]} of a sorted copy of {@code scores}; {@code size >= 1}. */
    public static double of(double[] scores, int size) {
        int n = scores.length;
        if (size >= n) {
            double min = scores[0];
            for (int i = 1; i < n; i++) {
                if (Double.compare(scores[i], min) < 0) {
                    min = scores[i];
                }
            }
            return min;
        }
        // best[0] >= best[1] >= ... >= best[size - 1], in Arrays.sort's total order of doubles
        double[] best = new double[size];
        int kept = 0;
        for (double score : scores) {
            if (kept < size) {
                int at = kept++;
                while (at > 0 && Double.compare(best[at - 1], score) < 0) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = score;
            } else if (Double.compare(score, best[size - 1]) > 0) {
                int at = size - 1;
                while (at > 0 && Double.compare(best[at - 1], score) < 0) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = score;
            }
        }
        return best[size - 1];
    }
}
