package dev.jobfit.skills.recognition.features;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Decoding-time stand-ins for three of OpenNLP's token feature generators, giving the same feature
 * strings in the same order, with each token's lower-cased form and word class worked out once per
 * sentence ({@link SentenceTokenForms}) instead of once per generator, window position and neighbour.
 * OpenNLP lower-cases through a stream of code points per call, which was a sixth of the decoding
 * time. {@link DecodingStandIns} swaps them into a model's feature XML; training uses OpenNLP's own.
 */
public final class SentenceTokenFeatureGenerators {

    private SentenceTokenFeatureGenerators() {
    }

    /** For {@code TokenFeatureGeneratorFactory}: {@code w=} and the token, lower-cased by default. */
    public static final class TokenFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            boolean lowercase = getBool("lowercase", true);
            SentenceTokenForms forms = new SentenceTokenForms();
            return (features, tokens, index, previousOutcomes) ->
                    features.add("w=" + (lowercase ? forms.lower(tokens, index) : tokens[index]));
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
            return Map.of();
        }
    }

    /** For {@code TokenClassFeatureGeneratorFactory}: {@code wc=} and, by default, {@code w&c=}. */
    public static final class TokenClassFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            boolean wordAndClass = getBool("wordAndClass", true);
            SentenceTokenForms forms = new SentenceTokenForms();
            return (features, tokens, index, previousOutcomes) -> {
                String wordClass = forms.wordClass(tokens, index);
                features.add("wc=" + wordClass);
                if (wordAndClass) {
                    features.add("w&c=" + forms.lower(tokens, index) + "," + wordClass);
                }
            };
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
            return Map.of();
        }
    }

    /** For {@code BigramNameFeatureGeneratorFactory}: word and word-class pairs with both neighbours. */
    public static final class BigramFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() {
            SentenceTokenForms forms = new SentenceTokenForms();
            return (List<String> features, String[] tokens, int index, String[] previousOutcomes) -> {
                String wordClass = forms.wordClass(tokens, index);
                if (index > 0) {
                    features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
                    features.add("pwc,wc=" + forms.wordClass(tokens, index - 1) + "," + wordClass);
                }
                if (index + 1 < tokens.length) {
                    features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
                    features.add("wc,nc=" + wordClass + "," + forms.wordClass(tokens, index + 1));
                }
            };
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
            return Map.of();
        }
    }
}
