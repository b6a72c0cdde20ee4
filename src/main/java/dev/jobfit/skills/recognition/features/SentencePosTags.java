package dev.jobfit.skills.recognition.features;

import dev.jobfit.text.CompactGisModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The part-of-speech tags of the sentence being decoded, computed once and read by every name finder's
 * POS feature ({@link PrecomputedPosFeatureGenerator}) instead of each model running its own tagger.
 *
 * <p>The tags are those {@code POSTaggerME} gives with the same model, found greedily: the tagger's
 * feature cache ({@code cache="true"} in the POS model's feature XML) keeps the features of a position
 * from the first, best, hypothesis of the beam, so every hypothesis is scored alike and the beam's best
 * sequence is the greedy one. So one evaluation per token instead of one per beam entry. A maximum
 * entropy (GIS) model is scored from a {@link FeatureWeights} table, with the same sums and the same
 * normalisation as {@code GISModel}. For the known default feature set the features are added as rows of
 * known words ({@link PosFeatureRows}); otherwise they come from the model's own XML with its windows and
 * token generators swapped by {@link DecodingStandIns#forTagger} (same strings, less work). The equality
 * with {@code POSTaggerME} is checked by SkillNameFinderEquivalenceTest and PosFeatureRowsTest. Not
 * thread-safe: one per decoder, made from a shared {@link Model}.
 */
public final class SentencePosTags {

    /** What every decoder's tagger shares: the model and its weight table. Immutable. */
    public static final class Model {

        /** The entry of the event model in a POS model file (OpenNLP's name, package-private there). */
        private static final String POS_MODEL_ENTRY = "pos.model";

        /** The entry of the feature generator XML in a POS model file (OpenNLP's name, package-private there). */
        private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

        private final POSModel posModel;
        private final byte[] descriptor; // rewritten for decoding, or null: the factory's context generator
        private final MaxentModel model;
        private final int beamSize;
        private final FeatureWeights weights; // null: score with the model itself
        private final double logPrior;
        private final PosFeatureRows rows; // null: features from the context generator

        public Model(POSModel posModel) {
            this.posModel = posModel;
            byte[] xml = posModel.getArtifact(DESCRIPTOR_ENTRY);
            this.descriptor = xml == null ? null : DecodingStandIns.forTagger(xml);
            this.model = posModel.getArtifact(POS_MODEL_ENTRY);
            if (model == null) {
                throw new IllegalArgumentException("the POS model has no event model to decode greedily");
            }
            String beam = posModel.getManifestProperty("BeamSize");
            this.beamSize = beam == null ? 3 : Integer.parseInt(beam);
            // GISModel's UniformPrior: every outcome starts at log(1 / outcomes).
            this.logPrior = StrictMath.log(1.0 / model.getNumOutcomes());
            this.weights = model instanceof GISModel gis ? weights(gis) : null;
            boolean known = xml != null && PosFeatureRows.SIGNATURE.equals(DecodingStandIns.signature(xml));
            this.rows = weights != null && known ? new PosFeatureRows(weights, outcomes(model)) : null;
        }

        /** The tags the model gives. */
        String[] tagSet() {
            return outcomes(model);
        }

        /** Whether the features are added as rows of known words ({@link PosFeatureRows}). */
        boolean byRows() {
            return rows != null;
        }

        private static String[] outcomes(MaxentModel model) {
            String[] outcomes = new String[model.getNumOutcomes()];
            for (int o = 0; o < outcomes.length; o++) {
                outcomes[o] = model.getOutcome(o);
            }
            return outcomes;
        }

        @SuppressWarnings("unchecked")
        private static FeatureWeights weights(GISModel gis) {
            Map<String, Context> predicates = (Map<String, Context>) gis.getDataStructures()[1];
            return new FeatureWeights(List.of(predicates), List.of(gis.getNumOutcomes()));
        }

        /** The model's distribution over tags for a context, as {@code model.eval} gives it. */
        double[] eval(String[] context, double[] probs) {
            if (weights == null) {
                return model.eval(context, probs);
            }
            Arrays.fill(probs, logPrior);
            for (String feature : context) {
                int row = weights.row(feature);
                if (row >= 0) {
                    weights.add(row, 0, probs);
                }
            }
            return CompactGisModel.normalise(probs);
        }
    }

    private final Model shared;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;
    private String[] cachedTokens;
    private String[] cachedTags;

    public SentencePosTags(Model shared) {
        this.shared = shared;
        POSTaggerFactory factory = shared.posModel.getFactory();
        this.contexts = shared.descriptor == null ? factory.getPOSContextGenerator(0)
                : new ConfigurablePOSContextGenerator(generators(shared));
        this.validator = factory.getSequenceValidator();
        this.scores = new double[shared.model.getNumOutcomes()];
    }

    private static AdaptiveFeatureGenerator generators(Model shared) {
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(shared.descriptor), shared.posModel::getArtifact);
        } catch (IOException e) {
            throw new UncheckedIOException("the POS model's feature generators could not be made", e);
        }
    }

    /** The tags of {@code tokens}; the same array is tagged once. */
    public String[] tags(String[] tokens) {
        if (tokens != cachedTokens) {
            cachedTags = tag(tokens);
            cachedTokens = tokens;
        }
        return cachedTags;
    }

    private String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        int[][] sentence = shared.rows == null ? null : shared.rows.of(tokens);
        int[] outcomes = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            // The context generator and the validator read only the tags before i (the ones after are
            // still null), so the array being filled stands in for BeamSearch's copy of the sequence.
            String[] previous = tags;
            double[] probs;
            if (sentence != null) {
                Arrays.fill(scores, shared.logPrior);
                shared.rows.add(sentence, i, outcomes, scores);
                probs = CompactGisModel.normalise(scores);
            } else {
                probs = shared.eval(contexts.getContext(i, tokens, previous, null), scores);
            }
            // As BeamSearch: the candidates are the valid outcomes among the best beamSize scores, or
            // all valid outcomes when none of those is.
            double min = BeamCut.of(probs, shared.beamSize);
            int best = best(tokens, previous, probs, min, i);
            if (best < 0) {
                best = best(tokens, previous, probs, Double.NEGATIVE_INFINITY, i);
            }
            outcomes[i] = Math.max(best, 0);
            tags[i] = shared.model.getOutcome(outcomes[i]);
        }
        return tags;
    }

    private int best(String[] tokens, String[] previous, double[] probs, double min, int i) {
        int best = -1;
        for (int p = 0; p < probs.length; p++) {
            if (probs[p] >= min && (best < 0 || probs[p] > probs[best])
                    && validator.validSequence(i, tokens, previous, shared.model.getOutcome(p))) {
                best = p;
            }
        }
        return best;
    }
}
