package dev.jobfit.skills.recognition.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingStandInsTest {

    private static final String XML = """
            <featureGenerators cache="true" name="posTagger">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int>
                <int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.POSTaggerNameFeatureGeneratorFactory">
                <str name="model">pos.model</str>
              </generator>
            </featureGenerators>
            """;

    @Test
    void aTaggerWindowIsSwappedOnlyWhenNothingInItReadsThePreviousTags() {
        String rewritten = new String(DecodingStandIns.forTagger(XML.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertThat(rewritten)
                .containsOnlyOnce(SentenceWindowFeatureGeneratorFactory.ForTagger.class.getName())
                .containsOnlyOnce("opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory")
                .contains(SentenceTokenFeatureGenerators.TokenFactory.class.getName(),
                        SentenceTokenFeatureGenerators.TokenClassFactory.class.getName(),
                        "opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory",
                        "<int name=\"prevLength\">2</int>")
                .doesNotContain("cache=");
    }

    @Test
    void aNameFinderGetsPrecomputedTagsAndSentenceWindows() {
        String rewritten = new String(DecodingStandIns.forNameFinder(XML.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        assertThat(rewritten)
                .doesNotContain("opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
                        "opennlp.tools.util.featuregen.POSTaggerNameFeatureGeneratorFactory")
                .contains(PrecomputedPosFeatureGeneratorFactory.class.getName(), "<str name=\"model\">pos.model</str>");
    }
}
