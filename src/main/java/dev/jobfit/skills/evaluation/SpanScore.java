package dev.jobfit.skills.evaluation;

/** Strict span precision, recall and F1 from counts. */
public record SpanScore(int truePositives, int predicted, int gold) {

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)",
                precision(), recall(), f1(), truePositives, predicted, gold);
    }
}
