package dev.jobfit.skills.recognition.features;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Stands in, at decoding time only, for OpenNLP's {@code WindowFeatureGeneratorFactory} in a name
 * finder's feature XML (SkillDecoder swaps the class name): the same features in the same order
 * ({@code p1}, {@code p2}, ... {@code n1}, ... prefixes), but the inner generators run once per token of
 * a sentence instead of once per token and window position. Only for generators whose features do
 * not depend on the previous outcomes, which the decoder never passes (it asks for a token's features
 * once, for every beam entry).
 */
public class SentenceWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        AdaptiveFeatureGenerator generator = (AdaptiveFeatureGenerator) args.get("generator#0");
        if (generator == null) {
            throw new InvalidFormatException("window feature generator must contain an aggregator element");
        }
        return new Window(generator, getInt("prevLength"), getInt("nextLength"), outcomesIgnored());
    }

    /** Whether the previous outcomes a caller passes may be ignored (never passed to the inner generators). */
    boolean outcomesIgnored() {
        return false;
    }

    /**
     * The same, for the windows of a POS tagger's feature XML, whose context generator passes the tags
     * so far: its windows hold only token and sentence-start generators, which do not read them
     * ({@link DecodingStandIns#forTagger} checks that before it swaps the class in).
     */
    public static final class ForTagger extends SentenceWindowFeatureGeneratorFactory {

        @Override
        boolean outcomesIgnored() {
            return true;
        }
    }

    /** OpenNLP's WindowFeatureGenerator with the inner features of the sentence being decoded kept. */
    static final class Window implements AdaptiveFeatureGenerator {

        private final AdaptiveFeatureGenerator generator;
        private final int previous;
        private final int next;
        private final boolean outcomesIgnored;
        private String[] cachedTokens;
        private List<String>[] cached;

        Window(AdaptiveFeatureGenerator generator, int previous, int next, boolean outcomesIgnored) {
            this.generator = generator;
            this.previous = previous;
            this.next = next;
            this.outcomesIgnored = outcomesIgnored;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            if (previousOutcomes != null && !outcomesIgnored) {
                throw new IllegalArgumentException("features that depend on the previous outcomes are not kept");
            }
            if (tokens != cachedTokens) {
                cached = new List[tokens.length];
                cachedTokens = tokens;
            }
            features.addAll(inner(tokens, index));
            for (int i = 1; i <= previous; i++) {
                if (index - i >= 0) {
                    for (String feature : inner(tokens, index - i)) {
                        features.add("p" + i + feature);
                    }
                }
            }
            for (int i = 1; i <= next; i++) {
                if (index + i < tokens.length) {
                    for (String feature : inner(tokens, index + i)) {
                        features.add("n" + i + feature);
                    }
                }
            }
        }

        private List<String> inner(String[] tokens, int index) {
            List<String> features = cached[index];
            if (features == null) {
                features = new ArrayList<>(4);
                generator.createFeatures(features, tokens, index, null);
                cached[index] = features;
            }
            return features;
        }

        @Override
        public void updateAdaptiveData(String[] tokens, String[] outcomes) {
            generator.updateAdaptiveData(tokens, outcomes);
        }

        @Override
        public void clearAdaptiveData() {
            generator.clearAdaptiveData();
        }
    }
}
