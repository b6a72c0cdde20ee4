package dev.jobfit.matching;

/**
 * Whole points from exact shares by the largest-remainder method: each share gets its integer part,
 * and the points still missing from the total go to the largest fractional parts (the earlier share
 * on a tie). The result always adds up to the total, which is how component points add up exactly to
 * the score and reason effects to their component's points.
 */
final class PointAllocation {

    private PointAllocation() {
    }

    /** Whole points for {@code exact}, adding up to {@code total}. */
    static int[] allocate(double[] exact, int total) {
        int[] points = new int[exact.length];
        double[] remainder = new double[exact.length];
        int sum = 0;
        for (int i = 0; i < exact.length; i++) {
            double value = Math.max(0, round(exact[i]));
            points[i] = (int) Math.floor(value);
            remainder[i] = value - points[i];
            sum += points[i];
        }
        while (sum < total && exact.length > 0) {
            int best = 0;
            for (int i = 1; i < exact.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            points[best]++;
            remainder[best] = -1;
            sum++;
        }
        while (sum > total) {
            int worst = -1;
            for (int i = 0; i < exact.length; i++) {
                if (points[i] > 0 && (worst < 0 || remainder[i] < remainder[worst])) {
                    worst = i;
                }
            }
            points[worst]--;
            remainder[worst] = 2;
            sum--;
        }
        return points;
    }

    /** Rounds away floating-point noise so that 0.7 * 100 counts as 70, not 69.99999999999999. */
    static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
