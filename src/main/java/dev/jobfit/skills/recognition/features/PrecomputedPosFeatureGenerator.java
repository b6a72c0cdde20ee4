package dev.jobfit.skills.recognition.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The feature of OpenNLP's {@code POSTaggerNameFeatureGenerator} ({@code pos=TAG}), read from tags
 * computed once per sentence for all name finders ({@link SentencePosTags}) rather than by a tagger of
 * its own. Made by {@link PrecomputedPosFeatureGeneratorFactory}.
 */
public final class PrecomputedPosFeatureGenerator implements AdaptiveFeatureGenerator {

    private final SentencePosTags tags;

    public PrecomputedPosFeatureGenerator(SentencePosTags tags) {
        this.tags = tags;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        features.add("pos=" + tags.tags(tokens)[index]);
    }
}
