package dev.jobfit.skills.recognition.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeamCutTest {

    @Test
    void theCutIsWhatSortingACopyGives() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            int n = 1 + random.nextInt(20);
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values, so that ties are common; zeros of both signs as well
                scores[i] = switch (random.nextInt(6)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;
                    default -> random.nextInt(5) / 4.0;
                };
            }
            int size = 1 + random.nextInt(n + 2);
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            double expected = sorted[Math.max(0, n - size)];
            double[] before = scores.clone();
            assertThat(Double.compare(BeamCut.of(scores, size), expected)).as("%s, %d", Arrays.toString(scores), size)
                    .isZero();
            assertThat(scores).isEqualTo(before);
        }
    }
}
