package dev.jobfit.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.relatedness.Relatedness;
import dev.jobfit.skills.relatedness.Relation;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.Alias;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented relatedness weights, on a small hand-written taxonomy. */
class SkillRelatednessTest {

    private static Skill skill(String id, boolean category, String... parents) {
        return new Skill(id, id, SkillType.KNOWLEDGE, category, List.of(Alias.plain(id)), List.of(parents), "test");
    }

    private final SkillTaxonomy taxonomy = new SkillTaxonomy(List.of(
            skill("deep-learning", false),
            skill("dl-frameworks", true, "deep-learning"),
            skill("pytorch", false, "dl-frameworks"),
            skill("tensorflow", false, "dl-frameworks"),
            skill("statistics", false)));
    private final SkillRelatedness relatedness = new SkillRelatedness(taxonomy);

    @Test
    void creditsListEveryRequiredSkillAnOfferedOneEarnsNarrowerCreditFor() {
        assertThat(relatedness.credits("pytorch"))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("pytorch", 1.0, "dl-frameworks", 0.8, "deep-learning", 0.65));
        for (var credit : relatedness.credits("pytorch").entrySet()) {
            assertThat(relatedness.of(credit.getKey(), "pytorch").weight()).isEqualTo(credit.getValue());
        }
        assertThat(relatedness.credits("statistics")).containsExactly(java.util.Map.entry("statistics", 1.0));
    }

    @Test
    void siblingParentsAreTheSmallParents() {
        assertThat(relatedness.siblingParents("pytorch")).containsExactly("dl-frameworks");
        assertThat(relatedness.siblingParents("deep-learning")).isEmpty();
    }

    @Test
    void sameSkillEarnsFullCredit() {
        assertThat(relatedness.of("pytorch", "pytorch")).isEqualTo(Relatedness.SAME);
    }

    @Test
    void narrowerSkillEarnsMostCreditDecreasingWithDistance() {
        Relatedness oneStep = relatedness.of("dl-frameworks", "pytorch");
        assertThat(oneStep.relation()).isEqualTo(Relation.NARROWER);
        assertThat(oneStep.weight()).isEqualTo(0.8);
        Relatedness twoSteps = relatedness.of("deep-learning", "pytorch");
        assertThat(twoSteps.relation()).isEqualTo(Relation.NARROWER);
        assertThat(twoSteps.weight()).isEqualTo(0.65);
        assertThat(twoSteps.via()).isEqualTo("deep-learning");
    }

    @Test
    void siblingsInASmallCategoryEarnHalfCredit() {
        Relatedness sibling = relatedness.of("tensorflow", "pytorch");
        assertThat(sibling.relation()).isEqualTo(Relation.SIBLING);
        assertThat(sibling.weight()).isEqualTo(0.5);
        assertThat(sibling.via()).isEqualTo("dl-frameworks");
    }

    @Test
    void broaderSkillEarnsLittleCredit() {
        assertThat(relatedness.of("pytorch", "deep-learning").weight()).isEqualTo(0.2);
        assertThat(relatedness.of("pytorch", "dl-frameworks").weight()).isEqualTo(0.3);
    }

    @Test
    void unrelatedSkillsEarnNothing() {
        assertThat(relatedness.of("pytorch", "statistics")).isEqualTo(Relatedness.UNRELATED);
    }

    @Test
    void skillsOutsideTheTaxonomyMatchByTheirWords() {
        assertThat(SkillRelatedness.ofSurfaceForms("Multimodal LLM moderation", "multimodal  LLM-moderation").weight())
                .isEqualTo(1.0);
        assertThat(SkillRelatedness.ofSurfaceForms("content moderation", "video editing").weight()).isZero();
    }

    @Test
    void onTheShippedTaxonomyPyTorchCountsPartlyForDeepLearningAndTensorFlow() {
        SkillTaxonomy shipped = SkillTaxonomy.load();
        SkillRelatedness real = new SkillRelatedness(shipped);
        String deepLearning = shipped.autocomplete("deep learning", 1).get(0).id();
        assertThat(real.of(deepLearning, "jf:pytorch").relation()).isEqualTo(Relation.NARROWER);
        assertThat(real.of("jf:tensorflow", "jf:pytorch").relation()).isEqualTo(Relation.SIBLING);
    }
}
