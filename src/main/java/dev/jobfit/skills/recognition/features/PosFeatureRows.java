package dev.jobfit.skills.recognition.features;

import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default POS tagger feature set (the one of the shipped English model) as
 * rows of the tagger's weight table, so that a word's feature strings are made and looked up once per
 * decoder instead of at every occurrence. The rows are added in the order OpenNLP generates the
 * features, so the sums are the same doubles as {@code GISModel}'s. Thread-safe: a word's rows never
 * change, and the memory of word types is a bounded memo shared by all decoders:
 * <ol>
 * <li>{@code def}; {@code suf=} and {@code pre=} of one to four characters of the token;
 * <li>{@code w=} of the lower-cased token, then {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=} of
 * its neighbours (a window of two);
 * <li>{@code S=begin} for the first token, {@code p1S=begin} for the second, {@code p2S=begin} for the third;
 * <li>{@code wc=} of the token's word class and {@code w&c=} of its lower case and class;
 * <li>{@code t=} of the previous tag and {@code t2=} of the two previous ones.
 * </ol>
 * Used only when the model's XML has exactly that {@link #SIGNATURE}; SkillNameFinderEquivalenceTest holds
 * the tags to {@code POSTaggerME}'s.
 */
final class PosFeatureRows {

    /** {@link DecodingStandIns#signature} of the feature set these rows stand for. */
    static final String SIGNATURE = "Definition;Suffix;Prefix;Window(prevLength=2,nextLength=2)[Token];"
            + "Window(prevLength=2,nextLength=2)[Sentence(begin=true,end=false)];TokenClass;PosTagger";

    private static final int AFFIX_LENGTH = 4;
    /** Word types remembered, shared by all decoders (about 200 bytes each with the word). */
    private static final int WORDS_KEPT = 20_000;

    // Layout of a word's rows: the affix count, the affix rows, then these.
    private static final int W = 0;
    private static final int P1W = 1;
    private static final int P2W = 2;
    private static final int N1W = 3;
    private static final int N2W = 4;
    private static final int WC = 5;
    private static final int W_AND_C = 6;
    private static final int AFTER_AFFIXES = 7;

    private final FeatureWeights weights;
    private final int definition;
    private final int[] sentenceBegin; // S=begin, p1S=begin, p2S=begin
    private final int[] previousTag;   // t=X per outcome
    private final int[] previousTags;  // t2=X,Y per pair of outcomes
    private final int outcomes;
    private final WordMemo words = new WordMemo(WORDS_KEPT, this::word);

    PosFeatureRows(FeatureWeights weights, String[] tags) {
        this.weights = weights;
        this.outcomes = tags.length;
        this.definition = weights.row("def");
        this.sentenceBegin = new int[] {weights.row("S=begin"), weights.row("p1S=begin"), weights.row("p2S=begin")};
        this.previousTag = new int[outcomes];
        this.previousTags = new int[outcomes * outcomes];
        for (int p = 0; p < outcomes; p++) {
            previousTag[p] = weights.row("t=" + tags[p]);
            for (int q = 0; q < outcomes; q++) {
                previousTags[p * outcomes + q] = weights.row("t2=" + tags[p] + "," + tags[q]);
            }
        }
    }

    /** The rows of each token of a sentence, from the memory of word types where it has them. */
    int[][] of(String[] tokens) {
        int[][] sentence = new int[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            sentence[i] = words.get(tokens[i]);
        }
        return sentence;
    }

    /**
     * Adds the features of token {@code i} to {@code sums} (which start at the prior), given the outcome
     * indexes of the tags before it.
     */
    void add(int[][] sentence, int i, int[] tags, double[] sums) {
        int n = sentence.length;
        int[] word = sentence[i];
        addRow(definition, sums);
        int affixes = word[0];
        for (int a = 1; a <= affixes; a++) {
            addRow(word[a], sums);
        }
        int base = affixes + 1;
        addRow(word[base + W], sums);
        if (i >= 1) {
            addRow(neighbour(sentence[i - 1], P1W), sums);
        }
        if (i >= 2) {
            addRow(neighbour(sentence[i - 2], P2W), sums);
        }
        if (i + 1 < n) {
            addRow(neighbour(sentence[i + 1], N1W), sums);
        }
        if (i + 2 < n) {
            addRow(neighbour(sentence[i + 2], N2W), sums);
        }
        if (i <= 2) {
            addRow(sentenceBegin[i], sums);
        }
        addRow(word[base + WC], sums);
        addRow(word[base + W_AND_C], sums);
        if (i >= 1) {
            addRow(previousTag[tags[i - 1]], sums);
        }
        if (i >= 2) {
            addRow(previousTags[tags[i - 2] * outcomes + tags[i - 1]], sums);
        }
    }

    private static int neighbour(int[] word, int feature) {
        return word[word[0] + 1 + feature];
    }

    private void addRow(int row, double[] sums) {
        if (row >= 0) {
            weights.add(row, 0, sums);
        }
    }

    private int[] word(String token) {
        int affixes = Math.min(AFFIX_LENGTH, token.length());
        int[] word = new int[1 + 2 * affixes + AFTER_AFFIXES];
        word[0] = 2 * affixes;
        int k = 1;
        for (int length = 1; length <= affixes; length++) {
            word[k++] = weights.row("suf=" + token.substring(token.length() - length));
        }
        for (int length = 1; length <= affixes; length++) {
            word[k++] = weights.row("pre=" + token.substring(0, length));
        }
        String lower = SentenceTokenForms.lowerCase(token);
        String wordClass = FeatureGeneratorUtil.tokenFeature(token);
        word[k + W] = weights.row("w=" + lower);
        word[k + P1W] = weights.row("p1w=" + lower);
        word[k + P2W] = weights.row("p2w=" + lower);
        word[k + N1W] = weights.row("n1w=" + lower);
        word[k + N2W] = weights.row("n2w=" + lower);
        word[k + WC] = weights.row("wc=" + wordClass);
        word[k + W_AND_C] = weights.row("w&c=" + lower + "," + wordClass);
        return word;
    }
}
