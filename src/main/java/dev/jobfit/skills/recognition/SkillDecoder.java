package dev.jobfit.skills.recognition;

import dev.jobfit.skills.recognition.features.BeamCut;
import dev.jobfit.skills.recognition.features.DecodingStandIns;
import dev.jobfit.skills.recognition.features.FeatureWeights;
import dev.jobfit.skills.recognition.features.NameFeatureRows;
import dev.jobfit.skills.recognition.features.PrecomputedPosFeatureGeneratorFactory;
import dev.jobfit.skills.recognition.features.SentencePosTags;
import dev.jobfit.skills.recognition.features.SentenceTokenFeatureGenerators;
import dev.jobfit.skills.recognition.features.SentenceWindowFeatureGeneratorFactory;
import dev.jobfit.skills.taxonomy.SkillType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Decodes the skill name finders of all types in one pass per sentence, giving what
 * {@link NameFinderME#find(String[])} gives for each model (same spans, same probabilities), at a
 * fraction of the cost:
 * <ul>
 * <li>The models share one feature XML, so a token's features are generated once for all of them; the
 * only per-model one is the previous-mention feature ({@code pd=}), which each model keeps as
 * {@code PreviousMapFeatureGenerator} does.
 * <li>Part-of-speech tags are computed once per sentence ({@link SentencePosTags}), not by a tagger in
 * each model's features: the XML's {@code POSTaggerNameFeatureGeneratorFactory} is swapped for
 * {@link PrecomputedPosFeatureGeneratorFactory}, which gives the same {@code pos=} features.
 * <li>The XML's window generators are swapped for {@link SentenceWindowFeatureGeneratorFactory}: the same
 * features, with each token's inner features made once per sentence instead of once per window position;
 * the token, word-class and bigram generators for {@link SentenceTokenFeatureGenerators}, which lower-case
 * and classify each token once per sentence (all swaps by {@link DecodingStandIns#forNameFinder}).
 * <li>A token's feature strings are looked up once for all models ({@link FeatureWeights}), not once
 * per model and beam entry; a beam
 * entry only adds the four previous-outcome features of {@code DefaultNameContextGenerator}, each in
 * the same order as there, so the sums are the same doubles.
 * <li>The beam search is {@code BeamSearch}'s, step for step (same candidates, same priority queue
 * order), on light hypotheses instead of copied outcome lists; the BILOU validity check is a table.
 * </ul>
 * Not thread-safe: {@link SkillNameFinder} keeps a pool and gives each call its own decoder.
 */
final class SkillDecoder {

    private static final String PREVIOUS_MAP = "pd=";
    /** BeamSearch's lowest sequence score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    /**
     * What a decoder needs from one model; immutable, shared by all decoders. Its weights are in the shared
     * {@link FeatureWeights} table (as model {@link #index}), so the model's own predicate map need not be kept.
     */
    static final class Model {
        final SkillType type;
        final int index;
        final String[] outcomes;
        final int other;
        final int[] previousOutcome;        // the row of po=X for each outcome, or -1
        final int[] previousPreviousOutcome; // the row of ppo=X for each outcome, or -1
        final int[] previousMention;         // the row of pd=null, then of pd=X for each outcome, or -1
        final boolean[][] valid;             // [previous outcome + 1][outcome]
        final SequenceCodec<String> codec;
        final int beamSize;

        /** {@code weights} must hold the model's {@link #predicates} as model {@code index}. */
        Model(SkillType type, TokenNameFinderModel model, FeatureWeights weights, int index) {
            this.type = type;
            this.index = index;
            this.outcomes = (String[]) perceptron(type, model).getDataStructures()[2];
            int o = Arrays.asList(outcomes).indexOf(NameFinderME.OTHER);
            if (o < 0) {
                throw new IllegalArgumentException(type + " model has no outcome " + NameFinderME.OTHER);
            }
            this.other = o;
            this.previousOutcome = new int[outcomes.length];
            this.previousPreviousOutcome = new int[outcomes.length];
            this.previousMention = new int[outcomes.length + 1];
            previousMention[0] = weights.row(PREVIOUS_MAP + null); // a token not seen before in the text
            for (int i = 0; i < outcomes.length; i++) {
                previousMention[i + 1] = weights.row(PREVIOUS_MAP + outcomes[i]);
                previousOutcome[i] = weights.row("po=" + outcomes[i]);
                previousPreviousOutcome[i] = weights.row("ppo=" + outcomes[i]);
            }
            this.codec = model.getFactory().createSequenceCodec();
            SequenceValidator<String> validator = codec.createSequenceValidator();
            this.valid = new boolean[outcomes.length + 1][outcomes.length];
            for (int out = 0; out < outcomes.length; out++) {
                valid[0][out] = validator.validSequence(0, new String[1], new String[0], outcomes[out]);
                for (int prev = 0; prev < outcomes.length; prev++) {
                    valid[prev + 1][out] = validator.validSequence(1, new String[2], new String[] {outcomes[prev]},
                            outcomes[out]);
                }
            }
            String beam = model.getManifestProperty("BeamSize");
            this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        }

        /** A model's predicates and their weights, to build the shared table from. */
        @SuppressWarnings("unchecked")
        static Map<String, Context> predicates(SkillType type, TokenNameFinderModel model) {
            return (Map<String, Context>) perceptron(type, model).getDataStructures()[1];
        }

        /** The number of outcomes of a model. */
        static int outcomes(SkillType type, TokenNameFinderModel model) {
            return perceptron(type, model).getNumOutcomes();
        }

        private static PerceptronModel perceptron(SkillType type, TokenNameFinderModel model) {
            if (!(model.getArtifact("nameFinder.model") instanceof PerceptronModel perceptron)) {
                throw new IllegalArgumentException(type + " model is not a perceptron");
            }
            return perceptron;
        }
    }

    /** A beam entry: BeamSearch's Sequence, as a chain back to the first token. */
    private static final class Hypothesis implements Comparable<Hypothesis> {
        final Hypothesis previous;
        final int outcome;
        final double prob;
        final double score;
        final int length;

        Hypothesis(Hypothesis previous, int outcome, double prob) {
            this.previous = previous;
            this.outcome = outcome;
            this.prob = prob;
            this.score = previous == null ? 0 : previous.score + StrictMath.log(prob);
            this.length = previous == null ? 0 : previous.length + 1;
        }

        @Override
        public int compareTo(Hypothesis other) {
            return Double.compare(other.score, score);
        }
    }

    private final List<Model> models;
    private final FeatureWeights weights;
    private final AdaptiveFeatureGenerator features; // null when decoding from rows
    private final NameFeatureRows rows; // null: features as strings from the generators
    private final SentencePosTags posTags;
    /** Per model, PreviousMapFeatureGenerator's memory of the text: each token's last outcome (its index). */
    private final List<Map<String, Integer>> previousMaps = new ArrayList<>();
    private final List<String> buffer = new ArrayList<>(64);

    /**
     * {@code descriptor}: the models' feature XML as {@link DecodingStandIns#forNameFinder} rewrites it;
     * {@code rows}: the same features as rows, or null.
     */
    SkillDecoder(List<Model> models, FeatureWeights weights, byte[] descriptor, Function<String, Object> resources,
                 SentencePosTags.Model pos, NameFeatureRows rows) {
        this.models = models;
        this.weights = weights;
        this.rows = rows;
        SentencePosTags posTags = pos == null ? null : new SentencePosTags(pos);
        this.posTags = posTags;
        this.features = rows != null ? null : generators(descriptor, resources, posTags);
        for (int i = 0; i < models.size(); i++) {
            previousMaps.add(new HashMap<>());
        }
    }

    /** The feature generators of the XML, each POS model resource replaced by the sentence's tags. */
    private static AdaptiveFeatureGenerator generators(byte[] descriptor, Function<String, Object> resources,
                                                       SentencePosTags posTags) {
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(descriptor), key -> {
                Object resource = resources.apply(key);
                return resource instanceof POSModel ? posTags : resource;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new text: forgets the previous mentions (NameFinderME#clearAdaptiveData). */
    void clear() {
        previousMaps.forEach(Map::clear);
    }

    /** The spans of each model in one sentence, in model order; the per-text memory is updated. */
    List<Span[]> find(String[] tokens) {
        int n = tokens.length;
        int count = models.size();
        // Each token's own features, summed per model in their order (the previous-outcome ones come
        // after them, per beam entry).
        double[][][] base = new double[count][n][];
        for (int m = 0; m < count; m++) {
            for (int i = 0; i < n; i++) {
                base[m][i] = new double[models.get(m).outcomes.length];
            }
        }
        if (rows != null) {
            int[][] features = rows.of(tokens, posTags.tags(tokens));
            for (int i = 0; i < n; i++) {
                for (int row : features[i]) {
                    add(row, tokens[i], base, i);
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                buffer.clear();
                features.createFeatures(buffer, tokens, i, null);
                for (int f = 0, size = buffer.size(); f < size; f++) {
                    String feature = buffer.get(f);
                    // the previous-mention feature is the one whose row depends on the model
                    add(feature.startsWith(PREVIOUS_MAP) ? NameFeatureRows.PREVIOUS_MAP : weights.row(feature),
                            tokens[i], base, i);
                }
            }
        }
        List<Span[]> found = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            found.add(decode(models.get(m), previousMaps.get(m), tokens, base[m]));
        }
        return found;
    }

    /** Adds a feature's row to token {@code i}'s sums of every model. */
    private void add(int row, String token, double[][][] base, int i) {
        if (row == NameFeatureRows.PREVIOUS_MAP) {
            for (int m = 0; m < models.size(); m++) {
                Integer previous = previousMaps.get(m).get(token);
                Model model = models.get(m);
                add(model.previousMention[previous == null ? 0 : previous + 1], model, base[m][i]);
            }
        } else if (row >= 0) {
            for (int m = 0; m < models.size(); m++) {
                weights.add(row, m, base[m][i]);
            }
        }
    }

    private Span[] decode(Model model, Map<String, Integer> previousMap, String[] tokens, double[][] base) {
        int n = tokens.length;
        int outcomes = model.outcomes.length;
        // rows of pow=/powf= of each token and previous outcome, looked up when a beam entry first needs them
        int[][] word = new int[n][];
        int[][] wordClass = new int[n][];
        boolean[][] looked = new boolean[n][];
        double[] scores = new double[outcomes];
        int size = model.beamSize;
        PriorityQueue<Hypothesis> prev = new PriorityQueue<>(size);
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(size);
        prev.add(new Hypothesis(null, -1, 1));
        for (int i = 0; i < n; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Hypothesis top = prev.remove();
                int po = i > 0 ? top.outcome : model.other;
                int ppo = i > 1 ? top.previous.outcome : model.other;
                System.arraycopy(base[i], 0, scores, 0, outcomes);
                add(model.previousOutcome[po], model, scores);
                if (word[i] == null) {
                    word[i] = new int[outcomes];
                    wordClass[i] = new int[outcomes];
                    looked[i] = new boolean[outcomes];
                }
                if (!looked[i][po]) {
                    String outcome = model.outcomes[po];
                    word[i][po] = weights.row("pow=" + outcome + "," + tokens[i]);
                    wordClass[i][po] = weights.row("powf=" + outcome + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]));
                    looked[i][po] = true;
                }
                add(word[i][po], model, scores);
                add(wordClass[i][po], model, scores);
                add(model.previousPreviousOutcome[ppo], model, scores);
                normalise(scores);
                double min = BeamCut.of(scores, size);
                int previousOutcome = i > 0 ? top.outcome + 1 : 0;
                for (int p = 0; p < outcomes; p++) {
                    if (scores[p] >= min && model.valid[previousOutcome][p]) {
                        Hypothesis h = new Hypothesis(top, p, scores[p]);
                        if (h.score > MIN_SEQUENCE_SCORE) {
                            next.add(h);
                        }
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < outcomes; p++) {
                        if (model.valid[previousOutcome][p]) {
                            Hypothesis h = new Hypothesis(top, p, scores[p]);
                            if (h.score > MIN_SEQUENCE_SCORE) {
                                next.add(h);
                            }
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Hypothesis> swap = prev;
            prev = next;
            next = swap;
        }
        Hypothesis best = prev.poll();
        String[] outcomeNames = new String[n];
        int[] outcomeIndexes = new int[n];
        double[] probs = new double[n];
        for (Hypothesis h = best; h != null && h.length > 0; h = h.previous) {
            outcomeNames[h.length - 1] = model.outcomes[h.outcome];
            outcomeIndexes[h.length - 1] = h.outcome;
            probs[h.length - 1] = h.prob;
        }
        if (best == null || best.length != n) {
            return new Span[0];
        }
        for (int i = 0; i < n; i++) {
            previousMap.put(tokens[i], outcomeIndexes[i]);
        }
        Span[] spans = model.codec.decode(Arrays.asList(outcomeNames));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
                p += probs[i];
            }
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    /**
     * Adds one feature's weights for {@code model} (none for row -1). The table holds 0.0 where the model's
     * own context had no weight, which leaves those sums as they are.
     */
    private void add(int row, Model model, double[] sums) {
        if (row >= 0) {
            weights.add(row, model.index, sums);
        }
    }

    /** PerceptronModel's normalisation of the summed scores. */
    private static void normalise(double[] prior) {
        double maxPrior = 1;
        for (double p : prior) {
            if (maxPrior < StrictMath.abs(p)) {
                maxPrior = StrictMath.abs(p);
            }
        }
        double normal = 0.0;
        for (int o = 0; o < prior.length; o++) {
            prior[o] = StrictMath.exp(prior[o] / maxPrior);
            normal += prior[o];
        }
        for (int o = 0; o < prior.length; o++) {
            prior[o] /= normal;
        }
    }
}
