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
 * worked out pair by pair from the two skills' ancestors (the documented rules, written out here
 * independently), for skills of every kind and the skills near them.
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
                Relatedness expected = walk(taxonomy, r, o);
                assertThat(relatedness.of(r, o)).as("required %s, offered %s", r, o).isEqualTo(expected);
                compared++;
                related += expected.weight() > 0 ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(related).as("pairs with some relation among them").isGreaterThan(1_000);
    }

    /** The relation from the ancestors of both skills: the best of NARROWER, BROADER and SIBLING. */
    private static Relatedness walk(SkillTaxonomy taxonomy, String requiredId, String offeredId) {
        if (requiredId.equals(offeredId)) {
            return Relatedness.SAME;
        }
        Relatedness best = Relatedness.UNRELATED;
        List<Set<String>> offeredLevels = levels(taxonomy, offeredId);
        for (int depth = 0; depth < Math.min(SkillRelatedness.NARROWER_WEIGHTS.length, offeredLevels.size()); depth++) {
            if (offeredLevels.get(depth).contains(requiredId)) {
                best = new Relatedness(Relation.NARROWER, SkillRelatedness.NARROWER_WEIGHTS[depth], requiredId, depth + 1);
                break;
            }
        }
        List<Set<String>> requiredLevels = levels(taxonomy, requiredId);
        for (int depth = 0; depth < Math.min(SkillRelatedness.BROADER_WEIGHTS.length, requiredLevels.size()); depth++) {
            if (requiredLevels.get(depth).contains(offeredId)) {
                if (SkillRelatedness.BROADER_WEIGHTS[depth] > best.weight()) {
                    best = new Relatedness(Relation.BROADER, SkillRelatedness.BROADER_WEIGHTS[depth], offeredId, depth + 1);
                }
                break;
            }
        }
        if (best.weight() < SkillRelatedness.SIBLING_WEIGHT && !offeredLevels.isEmpty() && !requiredLevels.isEmpty()) {
            for (String parent : requiredLevels.get(0)) {
                if (offeredLevels.get(0).contains(parent)
                        && taxonomy.children(parent).size() <= SkillRelatedness.MAX_SIBLING_GROUP) {
                    return new Relatedness(Relation.SIBLING, SkillRelatedness.SIBLING_WEIGHT, parent, 1);
                }
            }
        }
        return best;
    }

    /** Parents, grandparents and great-grandparents, level by level, in the taxonomy's order. */
    private static List<Set<String>> levels(SkillTaxonomy taxonomy, String id) {
        List<Set<String>> levels = new ArrayList<>();
        Set<String> current = Set.of(id);
        for (int d = 0; d < 3; d++) {
            Set<String> next = new LinkedHashSet<>();
            for (String c : current) {
                taxonomy.find(c).ifPresent(skill -> next.addAll(skill.parents()));
            }
            if (next.isEmpty()) {
                break;
            }
            levels.add(next);
            current = next;
        }
        return levels;
    }
}
