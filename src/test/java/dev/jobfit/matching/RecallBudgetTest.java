package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of a posting's skill keys the recall reads within its row budget. */
class RecallBudgetTest {

    @Test
    void takesRequiredKeysFirstAndTheRarerFirstWhileTheirRowsFit() {
        Map<String, Integer> factors = Map.of("pytorch", 3, "python", 3, "nlp", 2, "deep-learning-frameworks", 1);
        Map<String, Long> rows = Map.of("pytorch", 20_000L, "python", 70_000L, "nlp", 15_000L,
                "deep-learning-frameworks", 5_000L);

        assertThat(ResumeRecall.withinBudget(factors, rows, 1_000_000)).isEqualTo(factors);
        assertThat(ResumeRecall.withinBudget(factors, rows, 80_000))
                .as("python does not fit after pytorch; the smaller keys after it still do")
                .isEqualTo(Map.of("pytorch", 3, "nlp", 2, "deep-learning-frameworks", 1));
        assertThat(ResumeRecall.withinBudget(factors, rows, 22_000)).isEqualTo(Map.of("pytorch", 3));
    }

    @Test
    void theFirstKeyIsReadEvenBeyondTheBudget() {
        assertThat(ResumeRecall.withinBudget(Map.of("python", 3, "sql", 1), Map.of("python", 90_000L, "sql", 80_000L), 10))
                .isEqualTo(Map.of("python", 3));
    }
}
