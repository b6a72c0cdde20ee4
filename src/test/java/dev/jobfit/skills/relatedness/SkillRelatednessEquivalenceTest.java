package dev.jobfit.skills.relatedness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the shipped taxonomy, the relation looked up in a required skill's precomputed relatives equals the one
 * worked out from the two skills' ancestors, for skills of every kind and the skills near them.
 */
class SkillRelatednessEquivalenceTest {

    @Test
    void lookedUpRelationsEqualComputedOnes() {
        SkillTaxonomy taxonomy = SkillTaxonomy.load();
        SkillRelatedness relatedness = new SkillRelatedness(taxonomy);
        List<String> ids = taxonomy.all().stream().map(Skill::id).sorted().toList();
        Random random = new Random(7);
        Set<String> required = new LinkedHashSet<>(List.of("jf:pytorch", "jf:cat-deep-learning-framework",
                "jf:machine-learning", "esco-isced:06", "esco-isced:0613"));
        for (int i = 0; i < 300; i++) {
            required.add(ids.get(random.nextInt(ids.size())));
        }
        int compared = 0;
        int related = 0;
        for (String r : required) {
            Set<String> offered = new LinkedHashSet<>();
            offered.add(r);
            offered.addAll(taxonomy.ancestors(r));
            offered.addAll(taxonomy.children(r));
            for (String parent : taxonomy.find(r).map(Skill::parents).orElse(List.of())) {
                offered.addAll(taxonomy.children(parent));
            }
            for (String child : new ArrayList<>(taxonomy.children(r))) {
                for (String grandchild : taxonomy.children(child)) {
                    offered.add(grandchild);
                    offered.addAll(taxonomy.children(grandchild));
                }
            }
            for (int i = 0; i < 50; i++) {
                offered.add(ids.get(random.nextInt(ids.size())));
            }
            for (String o : offered) {
                Relatedness expected = relatedness.compute(r, o);
                assertThat(relatedness.of(r, o)).as("required %s, offered %s", r, o).isEqualTo(expected);
                compared++;
                related += expected.weight() > 0 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(related).as("pairs with some relation among them").isGreaterThan(1_000);
    }
}
