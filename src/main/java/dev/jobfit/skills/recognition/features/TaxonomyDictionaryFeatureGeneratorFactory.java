package dev.jobfit.skills.recognition.features;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes a {@link TaxonomyDictionaryFeatureGenerator} from the feature XML:
 * {@code <generator class="dev.jobfit.skills.recognition.features.TaxonomyDictionaryFeatureGeneratorFactory">
 * <str name="dictionary">taxonomy-knowledge.skilldict</str><str name="prefix">tk</str></generator>}.
 * The dictionary is a model resource, stored in the model by {@link TaxonomyDictionary.Serializer}.
 *
 * <p>This class name is written into every trained model's feature XML and OpenNLP loads it by that
 * name; renaming or moving it makes the shipped models unreadable until they are retrained.
 */
public final class TaxonomyDictionaryFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        String name = getStr("dictionary");
        Object resource = resourceManager == null ? null : resourceManager.getResource(name);
        if (!(resource instanceof TaxonomyDictionary dictionary)) {
            throw new InvalidFormatException("no taxonomy dictionary resource named " + name);
        }
        return new TaxonomyDictionaryFeatureGenerator(getStr("prefix"), dictionary);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dictionary"), new TaxonomyDictionary.Serializer());
    }
}
