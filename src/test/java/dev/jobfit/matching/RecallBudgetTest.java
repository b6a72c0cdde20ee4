package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.resume.ResumeRecallIndex.Weight;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of a posting's skill keys the recall reads within its row budget. */
class RecallBudgetTest {

    static final Weight REQUIRED = new Weight(0, ResumeRecall.REQUIRED);
    static final Weight PREFERRED = new Weight(1, ResumeRecall.PREFERRED);
    static final Weight RELATED = new Weight(0, ResumeRecall.RELATED);

    @Test
    void takesRequiredKeysFirstAndTheRarerFirstWhileTheirRowsFit() {
        Map<String, Weight> factors = Map.of("pytorch", REQUIRED, "python", REQUIRED, "nlp", PREFERRED,
                "deep-learning-frameworks", RELATED);
        Map<String, Long> rows = Map.of("pytorch", 20_000L, "python", 70_000L, "nlp", 15_000L,
                "deep-learning-frameworks", 5_000L);

        assertThat(ResumeRecall.withinBudget(factors, rows, 1_000_000)).isEqualTo(factors);
        assertThat(ResumeRecall.withinBudget(factors, rows, 80_000))
                .as("python does not fit after pytorch; the smaller keys after it still do")
                .isEqualTo(Map.of("pytorch", REQUIRED, "nlp", PREFERRED, "deep-learning-frameworks", RELATED));
        assertThat(ResumeRecall.withinBudget(factors, rows, 22_000)).isEqualTo(Map.of("pytorch", REQUIRED));
    }

    @Test
    void theFirstKeyIsReadEvenBeyondTheBudget() {
        assertThat(ResumeRecall.withinBudget(Map.of("python", REQUIRED, "sql", RELATED),
                Map.of("python", 90_000L, "sql", 80_000L), 10)).isEqualTo(Map.of("python", REQUIRED));
    }
}
