package dev.jobfit.skills.recognition.features;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Dictionary features of one taxonomy list: {@code prefix:B} on the first word of the longest match,
 * {@code prefix:I} on the later words, and also {@code prefix:B1} when the match is a single word. The
 * prefix keeps the lists apart (OpenNLP's own dictionary feature generator emits the same feature
 * for every dictionary), so the model can learn that a knowledge-list match means something else than a
 * skill-list match. One instance per decoder: it caches the tags of the sentence being decoded.
 */
public final class TaxonomyDictionaryFeatureGenerator implements AdaptiveFeatureGenerator {

    private final String prefix;
    private final TaxonomyDictionary dictionary;
    private String[] cachedTokens;
    private char[] cachedTags;

    public TaxonomyDictionaryFeatureGenerator(String prefix, TaxonomyDictionary dictionary) {
        this.prefix = prefix;
        this.dictionary = dictionary;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (cachedTokens != tokens) { // the decoder asks for every token of one sentence in turn
            String[] lower = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                lower[i] = tokens[i].toLowerCase(Locale.ROOT);
            }
            cachedTags = dictionary.tag(lower);
            cachedTokens = tokens;
        }
        switch (cachedTags[index]) {
            case 'U' -> {
                features.add(prefix + ":B");
                features.add(prefix + ":B1");
            }
            case 'B' -> features.add(prefix + ":B");
            case 'I' -> features.add(prefix + ":I");
            default -> {
                // no match: no feature
            }
        }
    }
}
