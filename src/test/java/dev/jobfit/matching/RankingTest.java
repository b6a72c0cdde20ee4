package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void keepsTheSameBestItemsInTheSameOrderAsSortingEverything() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(300);
            int keep = random.nextInt(40);
            List<Ranking.Ranked<Integer>> all = new ArrayList<>();
            Ranking.Top<Integer> top = new Ranking.Top<>(keep);
            for (int i = 0; i < n; i++) {
                Eligibility eligibility = Eligibility.values()[random.nextInt(Eligibility.values().length)];
                int score = random.nextInt(12); // many ties, so ids must break them
                UUID id = new UUID(0, random.nextInt(1000));
                all.add(new Ranking.Ranked<>(i, eligibility, score, id));
                top.offer(i, eligibility, score, id);
            }
            all.sort(Ranking.ORDER);

            assertThat(top.seen()).isEqualTo(n);
            assertThat(top.best()).extracting(Ranking.Ranked::id)
                    .containsExactlyElementsOf(all.subList(0, Math.min(keep, n)).stream().map(Ranking.Ranked::id).toList());
        }
    }

    @Test
    void ranksEligibleBeforeUnknownBeforeIneligibleThenByScore() {
        Ranking.Top<String> top = new Ranking.Top<>(4);
        top.offer("ineligible but high", Eligibility.INELIGIBLE, 99, new UUID(0, 1));
        top.offer("unknown", Eligibility.UNKNOWN, 80, new UUID(0, 2));
        top.offer("eligible low", Eligibility.ELIGIBLE, 40, new UUID(0, 3));
        top.offer("eligible high", Eligibility.ELIGIBLE, 70, new UUID(0, 4));
        top.offer("eligible lowest", Eligibility.ELIGIBLE, 10, new UUID(0, 5));

        assertThat(top.best()).extracting(Ranking.Ranked::item)
                .containsExactly("eligible high", "eligible low", "eligible lowest", "unknown");
    }
}
