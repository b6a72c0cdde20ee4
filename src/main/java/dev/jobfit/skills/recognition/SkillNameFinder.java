package dev.jobfit.skills.recognition;

import dev.jobfit.skills.recognition.features.FeatureWeights;
import dev.jobfit.skills.recognition.features.DecodingStandIns;
import dev.jobfit.skills.recognition.features.NameFeatureRows;
import dev.jobfit.skills.recognition.features.SentencePosTags;
import dev.jobfit.skills.recognition.features.TaxonomyDictionary;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import dev.jobfit.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;

/**
 * The statistical skill recogniser: one OpenNLP name finder per skill type, trained by the project
 * (SkillModelTrainer) and shipped in {@code /skills}. It finds skills no list knows yet ("multimodal
 * LLM moderation"). The models are immutable and shared.
 *
 * <p>Each model file carries what its features need: the part-of-speech model and the taxonomy
 * dictionaries it was trained with (read back by the classes in {@code recognition.features}, whose
 * names are written into the model). So decoding needs nothing else on the classpath, and sees the
 * dictionaries as training saw them even after the taxonomy is rebuilt. The models are trained on
 * the tokens of {@link dev.jobfit.text.WordTokenizer}, the tokens they are given here.
 *
 * <p>Decoding is done by {@link SkillDecoder}, which gives what a {@link NameFinderME} per model gives
 * but computes each sentence's features and POS tags once for both models. The models are trained
 * together from one feature XML and one set of resources, which the constructor checks. Decoders are
 * not thread-safe and cost some allocation to build, so they are pooled: each call takes one of its own.
 */
public final class SkillNameFinder {

    /** The model entries of the feature XML and of the POS model its POS feature names. */
    private static final String DESCRIPTOR = "generator.featuregen";
    private static final String POS_MODEL = "pos.model";

    private final List<SkillDecoder.Model> decoding;
    private final FeatureWeights weights;
    private final SentencePosTags.Model pos;
    private final NameFeatureRows rows; // null: decoders make the feature strings
    private final byte[] descriptor;
    /** The models' shared resources (dictionaries, POS model) by name: all a decoder reads of the models. */
    private final Map<String, Object> resources;
    private final Queue<SkillDecoder> decoders = new ConcurrentLinkedQueue<>();

    /**
     * A finder of the models. It keeps their weights in one table and their shared resources, not the models
     * themselves: their predicate maps, the bulk of their memory, can go once this is built.
     */
    public SkillNameFinder(Map<SkillType, TokenNameFinderModel> models) {
        this(models, true);
    }

    /**
     * {@code byRows} false makes the decoders build the feature strings even for a known feature XML: the
     * path of models whose XML is not a known one, which tests compare with OpenNLP's own decoders.
     */
    SkillNameFinder(Map<SkillType, TokenNameFinderModel> models, boolean byRows) {
        List<SkillType> types = new ArrayList<>();
        byte[] descriptor = null;
        TokenNameFinderModel first = null;
        for (SkillType type : SkillType.values()) {
            TokenNameFinderModel model = models.get(type);
            if (model == null) {
                continue;
            }
            byte[] xml = model.getArtifact(DESCRIPTOR);
            if (xml == null) {
                throw new IllegalArgumentException(type + " model has no feature XML");
            }
            if (first == null) {
                first = model;
                descriptor = xml;
            } else if (!Arrays.equals(descriptor, xml) || !sameResources(first, model)) {
                throw new IllegalArgumentException("the skill models were not trained together: "
                        + "their feature XML or resources differ");
            }
            types.add(type);
        }
        this.weights = new FeatureWeights(types.stream().map(t -> SkillDecoder.Model.predicates(t, models.get(t))).toList(),
                types.stream().map(t -> SkillDecoder.Model.outcomes(t, models.get(t))).toList());
        List<SkillDecoder.Model> decoding = new ArrayList<>();
        for (int m = 0; m < types.size(); m++) {
            decoding.add(new SkillDecoder.Model(types.get(m), models.get(types.get(m)), weights, m));
        }
        this.decoding = List.copyOf(decoding);
        this.descriptor = descriptor == null ? null : DecodingStandIns.forNameFinder(descriptor);
        Map<String, Object> resources = new HashMap<>();
        if (first != null) {
            for (String name : List.of(TaxonomyDictionary.KNOWLEDGE, TaxonomyDictionary.SKILL, TaxonomyDictionary.TOOLS,
                    POS_MODEL)) {
                Object artifact = first.getArtifact(name);
                if (artifact != null) {
                    resources.put(name, artifact);
                }
            }
        }
        this.resources = Map.copyOf(resources);
        this.pos = resources.get(POS_MODEL) instanceof POSModel posModel ? new SentencePosTags.Model(posModel) : null;
        this.rows = first == null || !byRows ? null
                : NameFeatureRows.of(first.getArtifact(DESCRIPTOR), weights, this.resources, pos);
    }

    /** The file name of the model for a type. */
    public static String modelFile(SkillType type) {
        return "skill-ner-" + type.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /** The models shipped with the service, or empty when they are not there. */
    public static Optional<SkillNameFinder> loadShipped() {
        return loadShippedModels().map(SkillNameFinder::new);
    }

    /** The model files shipped with the service, by type, or empty when they are not there. */
    public static Optional<Map<SkillType, TokenNameFinderModel>> loadShippedModels() {
        Map<SkillType, TokenNameFinderModel> models = new EnumMap<>(SkillType.class);
        for (SkillType type : SkillType.values()) {
            try (InputStream in = SkillNameFinder.class.getResourceAsStream("/skills/" + modelFile(type))) {
                if (in == null) {
                    return Optional.empty();
                }
                models.put(type, new TokenNameFinderModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(models);
    }

    /**
     * Mentions in {@code text}, given its sentences as token lists. Model-only mentions have no skill
     * id; their name is the lower-cased words, so that the same words elsewhere meet them.
     */
    public List<SkillMention> find(String text, List<List<Token>> sentences) {
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<Token> sentence : sentences) {
            String[] w = new String[sentence.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = sentence.get(i).text();
            }
            words.add(w);
        }
        List<List<opennlp.tools.util.Span[]>> perSentence = spans(words);
        List<SkillMention> mentions = new ArrayList<>();
        // Model by model, as one name finder per type reported them.
        for (int m = 0; m < decoding.size(); m++) {
            for (int s = 0; s < sentences.size(); s++) {
                if (!perSentence.get(s).isEmpty()) {
                    add(text, sentences.get(s), perSentence.get(s).get(m), decoding.get(m).type, mentions);
                }
            }
        }
        return mentions;
    }

    /**
     * The token spans each model finds in the sentences of one text, per sentence in {@link #types()}
     * order (an empty list for an empty sentence): what {@code NameFinderME.find} gives, one finder
     * per model over the whole text.
     */
    List<List<opennlp.tools.util.Span[]>> spans(List<String[]> sentences) {
        List<List<opennlp.tools.util.Span[]>> perSentence = new ArrayList<>(sentences.size());
        if (decoding.isEmpty()) {
            sentences.forEach(s -> perSentence.add(List.of()));
            return perSentence;
        }
        SkillDecoder decoder = decoders.poll();
        if (decoder == null) {
            decoder = new SkillDecoder(decoding, weights, descriptor, resources::get, pos, rows);
        }
        try {
            decoder.clear();
            for (String[] words : sentences) {
                perSentence.add(words.length == 0 ? List.of() : decoder.find(words));
            }
        } finally {
            decoders.offer(decoder);
        }
        return perSentence;
    }

    /** Whether decoders read the features as rows ({@link NameFeatureRows}) rather than make their strings. */
    boolean byRows() {
        return rows != null;
    }

    /** The types of the models, in the order {@link #spans} reports them. */
    List<SkillType> types() {
        return decoding.stream().map(m -> m.type).toList();
    }

    private static void add(String text, List<Token> sentence, opennlp.tools.util.Span[] spans, SkillType type,
                            List<SkillMention> mentions) {
        for (opennlp.tools.util.Span found : spans) {
            int first = found.getStart();
            int last = found.getEnd() - 1;
            while (first <= last && !sentence.get(first).isWord()) {
                first++; // a span never starts or ends with punctuation
            }
            while (last >= first && !sentence.get(last).isWord()) {
                last--;
            }
            if (first > last || splitsAList(sentence, first, last)) {
                continue;
            }
            int start = sentence.get(first).start();
            int end = sentence.get(last).end();
            String surface = text.substring(start, end);
            mentions.add(new SkillMention(new Span(start, end), surface, null, normalise(surface),
                    type, MentionSource.MODEL, found.getProb()));
        }
    }

    /**
     * Whether two models can share one decoder's features: the same taxonomy dictionaries and the same
     * part-of-speech model (what the trainer gives both models of one run).
     */
    private static boolean sameResources(TokenNameFinderModel a, TokenNameFinderModel b) {
        for (String name : List.of(TaxonomyDictionary.KNOWLEDGE, TaxonomyDictionary.SKILL, TaxonomyDictionary.TOOLS)) {
            Object x = a.getArtifact(name);
            Object y = b.getArtifact(name);
            if (x instanceof TaxonomyDictionary dx ? !(y instanceof TaxonomyDictionary dy && dx.sameEntries(dy)) : y != null) {
                return false;
            }
        }
        Object x = a.getArtifact(POS_MODEL);
        Object y = b.getArtifact(POS_MODEL);
        if (x instanceof POSModel px && y instanceof POSModel py) {
            return Arrays.equals(px.getPosSequenceModel().getOutcomes(), py.getPosSequenceModel().getOutcomes())
                    && Objects.equals(px.getManifestProperty("Timestamp"), py.getManifestProperty("Timestamp"));
        }
        return x == null && y == null;
    }

    /**
     * "CLIP, BLIP": one span over a comma-separated list of short names is a decoding error (annotators
     * mark each list item), so it is dropped; the items still come from the taxonomy.
     */
    private static boolean splitsAList(List<Token> sentence, int first, int last) {
        int words = 0;
        boolean comma = false;
        for (int i = first; i <= last; i++) {
            if (sentence.get(i).isWord()) {
                words++;
            } else if (sentence.get(i).text().equals(",")) {
                comma = true;
            }
        }
        return comma && words <= 2 * countCommas(sentence, first, last) + 1;
    }

    private static int countCommas(List<Token> sentence, int first, int last) {
        int commas = 0;
        for (int i = first; i <= last; i++) {
            if (sentence.get(i).text().equals(",")) {
                commas++;
            }
        }
        return commas;
    }

    static String normalise(String surface) {
        return surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
