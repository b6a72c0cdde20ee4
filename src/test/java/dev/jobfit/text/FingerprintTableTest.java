package dev.jobfit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strings numbered by their fingerprints: every key finds its number, other strings find none. */
class FingerprintTableTest {

    @Test
    void numbersKeysInOrderAndKnowsNothingElse() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add("w=" + i);
        }
        for (double slots : new double[] {1.5, 3}) {
            FingerprintTable table = new FingerprintTable(keys, slots);
            for (int i = 0; i < keys.size(); i++) {
                assertThat(table.indexOf(keys.get(i))).isEqualTo(i);
                assertThat(table.indexOf(new StringBuilder(keys.get(i)))).isEqualTo(i); // any CharSequence
            }
            assertThat(table.indexOf("w=5000")).isEqualTo(-1);
            assertThat(table.indexOf("")).isEqualTo(-1);
        }
        assertThat(new FingerprintTable(List.of(), 3).indexOf("x")).isEqualTo(-1);
    }

    @Test
    void aKeyTwiceIsRefused() {
        assertThatThrownBy(() -> new FingerprintTable(List.of("a", "b", "a"), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
    }
}
