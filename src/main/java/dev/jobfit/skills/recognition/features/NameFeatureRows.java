package dev.jobfit.skills.recognition.features;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of the skill name finders' feature set ({@link #SIGNATURE}, the XML of the shipped models) as
 * rows of the combined weight table, in the order OpenNLP generates them for a token, so that a decoder adds
 * the same weights in the same order as from the feature strings and gets the same doubles. A word's own
 * rows (its lower case and word class at every window offset, its prefixes and suffixes) are looked up once
 * in a bounded memo shared by all decoders, dictionary and POS rows come from small tables, and only the
 * bigram features are still made as strings. Per token:
 * <ol>
 * <li>{@code wc=} and {@code w&c=} of the token, then with {@code p1}, {@code p2}, {@code n1}, {@code n2} of
 * its neighbours;
 * <li>{@code w=} of the lower-cased token, then {@code p1w=} to {@code p3w=}, {@code n1w=} to {@code n3w=};
 * <li>{@code def}; the previous-mention feature ({@link #PREVIOUS_MAP}: the decoder adds it per model);
 * <li>{@code pw,w=}, {@code pwc,wc=} with the previous token, {@code w,nw=}, {@code wc,nc=} with the next;
 * <li>{@code S=begin} for the first token; {@code pre=} and {@code suf=} of one to four characters;
 * <li>the taxonomy dictionaries' {@code tk:}, {@code ts:}, {@code tt:}, and again {@code ts:}, {@code tt:}
 * tags of the token (see {@link #DICTIONARY_ORDER}), then of the previous ({@code p1}) and next ({@code n1})
 * token;
 * <li>{@code pos=} of the token's tag, then {@code p1pos=}, {@code p2pos=}, {@code n1pos=}, {@code n2pos=}.
 * </ol>
 * SkillNameFinderEquivalenceTest holds the result to OpenNLP's {@code NameFinderME}. Thread-safe.
 */
public final class NameFeatureRows {

    /** {@link DecodingStandIns#signature} of the feature set these rows stand for. */
    static final String SIGNATURE = "Window(prevLength=2,nextLength=2)[TokenClass];"
            + "Window(prevLength=3,nextLength=3)[Token(lowercase=true)];Definition;PreviousMap;BigramName;"
            + "Sentence(begin=true,end=false);Prefix(length=4);Suffix(length=4);"
            + "Window(prevLength=1,nextLength=1)[Aggregated["
            + dictionary("taxonomy-knowledge", "tk") + ";" + dictionary("taxonomy-skill", "ts") + ";"
            + dictionary("taxonomy-tools", "tt") + "]];"
            + "Window(prevLength=2,nextLength=2)[POSTaggerName(model=pos.model)]";

    /** Stands for the previous-mention feature, whose row depends on the model. */
    public static final int PREVIOUS_MAP = -2;

    private static final int AFFIX_LENGTH = 4;
    /** Word types remembered, shared by all decoders (about 250 bytes each with the word). */
    private static final int WORDS_KEPT = 20_000;
    // Each window in OpenNLP's order: the token itself, the previous ones, the next ones.
    private static final String[] CLASS_WINDOW = {"", "p1", "p2", "n1", "n2"};
    private static final int[] CLASS_OFFSETS = {0, -1, -2, 1, 2};
    private static final String[] WORD_WINDOW = {"", "p1", "p2", "p3", "n1", "n2", "n3"};
    private static final int[] WORD_OFFSETS = {0, -1, -2, -3, 1, 2, 3};
    private static final String[] DICTIONARY_WINDOW = {"", "p1", "n1"};
    private static final int[] DICTIONARY_OFFSETS = {0, -1, 1};
    private static final String[] POS_WINDOW = {"", "p1", "p2", "n1", "n2"};
    private static final int[] POS_OFFSETS = {0, -1, -2, 1, 2};
    private static final String[] DICTIONARY_PREFIXES = {"tk", "ts", "tt"};
    /**
     * The dictionaries in the order their features come: OpenNLP's aggregated generator factory takes every
     * inner generator of its element and also the aggregate of all of them in the first one's place, so the
     * skill and tools lists' features come twice (the models were trained so, and weigh them accordingly).
     */
    private static final int[] DICTIONARY_ORDER = {0, 1, 2, 1, 2};
    /** A word's rows: 2 per class window offset, 1 per word window offset, then the affix count and rows. */
    private static final int AFFIXES = 2 * CLASS_WINDOW.length + WORD_WINDOW.length;

    private final FeatureWeights weights;
    private final TaxonomyDictionary[] dictionaries;
    private final int definition;
    private final int sentenceBegin;
    /** [window offset][dictionary][tag: none, U, B, I] to the rows of its features. */
    private final int[][][][] dictionaryRows;
    private final Map<String, int[]> posRows; // tag to its row at each window offset
    private final WordMemo words = new WordMemo(WORDS_KEPT, this::word);

    private static String dictionary(String name, String prefix) {
        return TaxonomyDictionaryFeatureGeneratorFactory.class.getName().replace("FeatureGeneratorFactory", "")
                + "(dictionary=" + name + ".skilldict,prefix=" + prefix + ")";
    }

    private NameFeatureRows(FeatureWeights weights, TaxonomyDictionary[] dictionaries, String[] posTags) {
        this.weights = weights;
        this.dictionaries = dictionaries;
        this.definition = weights.row("def");
        this.sentenceBegin = weights.row("S=begin");
        this.dictionaryRows = new int[DICTIONARY_WINDOW.length][DICTIONARY_PREFIXES.length][][];
        for (int w = 0; w < DICTIONARY_WINDOW.length; w++) {
            for (int d = 0; d < DICTIONARY_PREFIXES.length; d++) {
                String prefix = DICTIONARY_WINDOW[w] + DICTIONARY_PREFIXES[d];
                dictionaryRows[w][d] = new int[][] {
                    {},
                    {weights.row(prefix + ":B"), weights.row(prefix + ":B1")},
                    {weights.row(prefix + ":B")},
                    {weights.row(prefix + ":I")}};
            }
        }
        Map<String, int[]> pos = new HashMap<>();
        for (String tag : posTags) {
            int[] rows = new int[POS_WINDOW.length];
            for (int w = 0; w < POS_WINDOW.length; w++) {
                rows[w] = weights.row(POS_WINDOW[w] + "pos=" + tag);
            }
            pos.put(tag, rows);
        }
        this.posRows = Map.copyOf(pos);
    }

    /**
     * Rows for models trained with {@code xml}, or null when it is not the known feature set or a resource is
     * missing (then decoders make the feature strings).
     */
    public static NameFeatureRows of(byte[] xml, FeatureWeights weights, Map<String, Object> resources,
                                     SentencePosTags.Model pos) {
        if (pos == null || !SIGNATURE.equals(DecodingStandIns.signature(xml))) {
            return null;
        }
        String[] names = {TaxonomyDictionary.KNOWLEDGE, TaxonomyDictionary.SKILL, TaxonomyDictionary.TOOLS};
        TaxonomyDictionary[] dictionaries = new TaxonomyDictionary[names.length];
        for (int d = 0; d < names.length; d++) {
            if (!(resources.get(names[d]) instanceof TaxonomyDictionary dictionary)) {
                return null;
            }
            dictionaries[d] = dictionary;
        }
        return new NameFeatureRows(weights, dictionaries, pos.tagSet());
    }

    /**
     * The rows of each token's features in OpenNLP's order ({@link #PREVIOUS_MAP} where the previous-mention
     * feature goes; -1 for a feature no model knows), given the sentence's POS tags.
     */
    public int[][] of(String[] tokens, String[] tags) {
        int n = tokens.length;
        int[][] word = new int[n][];
        String[] classes = new String[n];
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            word[i] = words.get(tokens[i]);
            classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            lower[i] = tokens[i].toLowerCase(Locale.ROOT); // as TaxonomyDictionaryFeatureGenerator matches
        }
        char[][] matches = new char[dictionaries.length][];
        for (int d = 0; d < dictionaries.length; d++) {
            matches[d] = dictionaries[d].tag(lower);
        }
        int[][] rows = new int[n][];
        int[] buffer = new int[64];
        for (int i = 0; i < n; i++) {
            int size = 0;
            for (int w = 0; w < CLASS_OFFSETS.length; w++) {
                int j = i + CLASS_OFFSETS[w];
                if (j >= 0 && j < n) {
                    buffer = room(buffer, size + 2);
                    buffer[size++] = word[j][2 * w];
                    buffer[size++] = word[j][2 * w + 1];
                }
            }
            for (int w = 0; w < WORD_OFFSETS.length; w++) {
                int j = i + WORD_OFFSETS[w];
                if (j >= 0 && j < n) {
                    buffer = room(buffer, size + 1);
                    buffer[size++] = word[j][2 * CLASS_WINDOW.length + w];
                }
            }
            buffer = room(buffer, size + 8);
            buffer[size++] = definition;
            buffer[size++] = PREVIOUS_MAP;
            if (i > 0) {
                buffer[size++] = weights.row("pw,w=" + tokens[i - 1] + "," + tokens[i]);
                buffer[size++] = weights.row("pwc,wc=" + classes[i - 1] + "," + classes[i]);
            }
            if (i + 1 < n) {
                buffer[size++] = weights.row("w,nw=" + tokens[i] + "," + tokens[i + 1]);
                buffer[size++] = weights.row("wc,nc=" + classes[i] + "," + classes[i + 1]);
            }
            if (i == 0) {
                buffer[size++] = sentenceBegin;
            }
            int[] own = word[i];
            int affixes = own[AFFIXES];
            buffer = room(buffer, size + affixes + DICTIONARY_WINDOW.length * DICTIONARY_ORDER.length * 2
                    + POS_WINDOW.length);
            System.arraycopy(own, AFFIXES + 1, buffer, size, affixes);
            size += affixes;
            for (int w = 0; w < DICTIONARY_OFFSETS.length; w++) {
                int j = i + DICTIONARY_OFFSETS[w];
                if (j >= 0 && j < n) {
                    for (int d : DICTIONARY_ORDER) {
                        for (int row : dictionaryRows[w][d][tagIndex(matches[d][j])]) {
                            buffer[size++] = row;
                        }
                    }
                }
            }
            for (int w = 0; w < POS_OFFSETS.length; w++) {
                int j = i + POS_OFFSETS[w];
                if (j >= 0 && j < n) {
                    int[] pos = posRows.get(tags[j]);
                    buffer[size++] = pos == null ? weights.row(POS_WINDOW[w] + "pos=" + tags[j]) : pos[w];
                }
            }
            rows[i] = Arrays.copyOf(buffer, size);
        }
        return rows;
    }

    private static int tagIndex(char tag) {
        return switch (tag) {
            case 'U' -> 1;
            case 'B' -> 2;
            case 'I' -> 3;
            default -> 0;
        };
    }

    private static int[] room(int[] buffer, int size) {
        return size <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(size, 2 * buffer.length));
    }

    private int[] word(String token) {
        String lower = SentenceTokenForms.lowerCase(token);
        String wordClass = FeatureGeneratorUtil.tokenFeature(token);
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        int[] word = new int[AFFIXES + 1 + 2 * affixes];
        for (int w = 0; w < CLASS_WINDOW.length; w++) {
            word[2 * w] = weights.row(CLASS_WINDOW[w] + "wc=" + wordClass);
            word[2 * w + 1] = weights.row(CLASS_WINDOW[w] + "w&c=" + lower + "," + wordClass);
        }
        for (int w = 0; w < WORD_WINDOW.length; w++) {
            word[2 * CLASS_WINDOW.length + w] = weights.row(WORD_WINDOW[w] + "w=" + lower);
        }
        word[AFFIXES] = 2 * affixes;
        int k = AFFIXES + 1;
        for (int length = 1; length <= affixes; length++) {
            word[k++] = weights.row("pre=" + token.substring(0, length));
        }
        for (int length = 1; length <= affixes; length++) {
            word[k++] = weights.row("suf=" + token.substring(token.length() - length));
        }
        return word;
    }
}
