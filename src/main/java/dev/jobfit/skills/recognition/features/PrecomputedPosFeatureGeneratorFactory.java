package dev.jobfit.skills.recognition.features;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Stands in, at decoding time only, for OpenNLP's {@code POSTaggerNameFeatureGeneratorFactory} in a
 * model's feature XML (SkillNameFinder swaps the class name when it builds the features): same element,
 * same {@code model} key, but the resource under that key is the decoder's {@link SentencePosTags}, so
 * the tags are computed once per sentence for both models. The features are the same strings.
 */
public final class PrecomputedPosFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String key = getStr("model");
        Object resource = resourceManager == null ? null : resourceManager.getResource(key);
        if (!(resource instanceof SentencePosTags tags)) {
            throw new InvalidFormatException("no sentence POS tags under " + key);
        }
        return new PrecomputedPosFeatureGenerator(tags);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
        return Map.of();
    }
}
