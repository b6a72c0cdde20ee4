package dev.jobfit.skills.training;

import dev.jobfit.skills.evaluation.ConllCorpus;
import dev.jobfit.skills.evaluation.SkillSpanJson;
import dev.jobfit.skills.evaluation.SkillSpanJson.PostingSentence;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.recognition.TaxonomyPrecision;
import dev.jobfit.skills.recognition.features.TaxonomyDictionary;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.skills.taxonomy.TaxonomyFile;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the skill name finders, one OpenNLP model per type (KNOWLEDGE, SKILL), on the SkillSpan
 * training split, and writes them with a manifest of their parameters and data sources into
 * {@code src/main/resources/skills/}. Run by {@code ./mvnw -Ptrain-skills process-classes}.
 *
 * <p>Each model is self-contained: the feature XML, the part-of-speech model its POS features need
 * and the three taxonomy dictionaries of its dictionary features are stored inside it, so the service
 * needs neither the POS model jar nor the taxonomy as it was at training time to decode.
 *
 * <p>Arguments: data folder (default {@code ../shared/data}), training configuration folder (default
 * {@code src/main/training}), output folder (default {@code src/main/resources/skills}). Without the data
 * folder it prints a notice and exits successfully.
 */
public final class SkillModelTrainer {

    /**
     * The JSON release rather than the CoNLL files: same sentences and tags, but with the posting of each
     * sentence, which the adaptive features and cross-validation by posting need.
     */
    static final String TRAINING_FILE = "skillspan/train.json";
    /** The UD English tagger of org.apache.opennlp:opennlp-models-pos-en (a build-time dependency). */
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String POS_MODEL_KEY = "pos.model";
    /** Settings of this trainer in skill-ner.properties; every other key goes to OpenNLP as it is. */
    static final String OWN_PREFIX = "jobfit.";

    /** Which tokens the models are trained on. */
    public enum Tokens {
        /** SkillSpan's own (whitespace-split, so "Python," is one token). */
        CORPUS,
        /** The service's WordTokenizer over the sentence text, as the models see text when deployed. */
        SERVICE
    }

    /** Where the name finders' per-document memory (previous-mention map) is reset. */
    public enum Reset {
        /** At every sentence: the previous-mention features never fire in training. */
        SENTENCE,
        /** At the first sentence of each posting, as SkillNameFinder resets it per text. */
        POSTING
    }

    /**
     * Everything a training run needs besides the sentences.
     *
     * @param features the feature-generator XML
     * @param parameters OpenNLP's training parameters
     * @param resources what the XML refers to: POS model and taxonomy dictionaries
     */
    public record Setup(byte[] features, Properties parameters, Map<String, Object> resources, Tokens tokens,
                        Reset reset) {

        public Setup withTokens(Tokens other) {
            return new Setup(features, parameters, resources, other, reset);
        }

        public Setup withReset(Reset other) {
            return new Setup(features, parameters, resources, tokens, other);
        }

        public Setup withParameters(Properties other) {
            return new Setup(features, other, resources, tokens, reset);
        }

        public Setup withFeatures(byte[] other) {
            return new Setup(other, parameters, resources, tokens, reset);
        }

        TrainingParameters trainingParameters() {
            TrainingParameters training = new TrainingParameters();
            for (String name : parameters.stringPropertyNames()) {
                if (!name.startsWith(OWN_PREFIX)) {
                    training.put(name, parameters.getProperty(name));
                }
            }
            return training;
        }
    }

    private SkillModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path config = Path.of(args.length > 1 ? args[1] : "src/main/training");
        Path out = Path.of(args.length > 2 ? args[2] : "src/main/resources/skills");
        if (!Files.isRegularFile(data.resolve(TRAINING_FILE))) {
            System.out.println("Skill model training: no SkillSpan data under " + data.toAbsolutePath()
                    + "; nothing trained (the committed models stay as they are).");
            return;
        }
        long started = System.nanoTime();
        Setup setup = setup(config, SkillTaxonomy.load());
        List<PostingSentence> sentences = SkillSpanJson.read(data.resolve(TRAINING_FILE));
        Map<SkillType, TokenNameFinderModel> models = trainAll(sentences, setup);
        long seconds = Math.round((System.nanoTime() - started) / 1e9);

        Files.createDirectories(out);
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("trainingData", TRAINING_FILE + " (" + sentences.size() + " sentences, "
                + sentences.stream().map(PostingSentence::posting).distinct().count() + " postings)");
        manifest.put("dataSource", "SkillSpan (Zhang et al., NAACL 2022), MIT licence, train split only");
        manifest.put("featureGenerators", "skill-ner-features.xml sha256 " + sha256(setup.features()));
        manifest.put("codec", BilouCodec.class.getName());
        manifest.put("posModel", POS_MODEL + " (org.apache.opennlp:opennlp-models-pos-en, Apache-2.0, UD English EWT)");
        setup.resources().forEach((name, resource) -> {
            if (resource instanceof TaxonomyDictionary dictionary) {
                manifest.put("dictionary." + name, dictionary.size() + " names from skills/taxonomy.tsv.gz");
            }
        });
        manifest.put("taxonomy", "skills/taxonomy.tsv.gz sha256 " + sha256(taxonomyBytes()));
        setup.parameters().stringPropertyNames().stream().sorted()
                .forEach(name -> manifest.put("parameter." + name, setup.parameters().getProperty(name)));
        for (SkillType type : SkillType.values()) {
            Path file = out.resolve(SkillNameFinder.modelFile(type));
            try (OutputStream stream = Files.newOutputStream(file)) {
                models.get(type).serialize(stream);
            }
            String key = type.name().toLowerCase(Locale.ROOT) + ".model";
            manifest.put(key, file.getFileName() + " (" + Files.size(file) + " bytes, "
                    + samples(sentences, type, setup).stream().mapToInt(s -> s.getNames().length).sum()
                    + " training spans)");
            System.out.printf("Trained %s model: %s%n", type, manifest.get(key));
        }
        manifest.put("trainingTime", seconds + " s (both models, trained in parallel, including loading)");
        String precision = taxonomyPrecision(sentences, new TaxonomyMatcher(SkillTaxonomy.load())).toTsv();
        Files.writeString(out.resolve(TaxonomyPrecision.RESOURCE.substring(TaxonomyPrecision.RESOURCE.lastIndexOf('/') + 1)),
                precision, StandardCharsets.UTF_8);
        manifest.put("taxonomyPrecision", "taxonomy-precision.tsv (" + (precision.lines().count() - 3)
                + " matched taxonomy forms, from the training split)");
        System.out.println("Training took " + manifest.get("trainingTime"));
        StringBuilder text = new StringBuilder("# Skill name finder models, written by SkillModelTrainer\n");
        manifest.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("skill-ner.manifest"), text.toString(), StandardCharsets.UTF_8);
    }

    /**
     * How often each taxonomy match in the training sentences is exactly a gold span of its type: the
     * statistics by which SkillRecognizer keeps or drops taxonomy mentions no model mention confirms.
     */
    public static TaxonomyPrecision.Builder taxonomyPrecision(List<PostingSentence> sentences, TaxonomyMatcher matcher) {
        TaxonomyPrecision.Builder builder = TaxonomyPrecision.builder();
        for (PostingSentence each : sentences) {
            Map<dev.jobfit.text.Span, SkillType> gold = new java.util.HashMap<>();
            each.sentence().gold().forEach(g -> gold.put(g.span(), g.type()));
            builder.add(matcher, each.sentence().text(), gold);
        }
        return builder;
    }

    /** The configuration in {@code config} (skill-ner-features.xml, skill-ner.properties) and its resources. */
    public static Setup setup(Path config, SkillTaxonomy taxonomy) throws IOException {
        byte[] features = Files.readAllBytes(config.resolve("skill-ner-features.xml"));
        Properties parameters = new Properties();
        try (Reader reader = Files.newBufferedReader(config.resolve("skill-ner.properties"), StandardCharsets.UTF_8)) {
            parameters.load(reader);
        }
        Tokens tokens = Tokens.valueOf(parameters.getProperty(OWN_PREFIX + "tokens", "SERVICE").toUpperCase(Locale.ROOT));
        Reset reset = Reset.valueOf(parameters.getProperty(OWN_PREFIX + "reset", "POSTING").toUpperCase(Locale.ROOT));
        return new Setup(features, parameters, resources(taxonomy), tokens, reset);
    }

    /** The model resources the feature XML may name: the POS model and the taxonomy dictionaries. */
    public static Map<String, Object> resources(SkillTaxonomy taxonomy) throws IOException {
        Map<String, Object> resources = new LinkedHashMap<>(TaxonomyDictionary.fromTaxonomy(taxonomy));
        try (InputStream in = SkillModelTrainer.class.getResourceAsStream("/" + POS_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("POS model " + POS_MODEL
                        + " is not on the classpath (dependency org.apache.opennlp:opennlp-models-pos-en)");
            }
            resources.put(POS_MODEL_KEY, new POSModel(in));
        }
        return resources;
    }

    /** Both models, trained at the same time (training one is single-threaded). */
    public static Map<SkillType, TokenNameFinderModel> trainAll(List<PostingSentence> sentences, Setup setup) {
        ExecutorService pool = Executors.newFixedThreadPool(SkillType.values().length);
        try {
            Map<SkillType, Future<TokenNameFinderModel>> running = new EnumMap<>(SkillType.class);
            for (SkillType type : SkillType.values()) {
                running.put(type, pool.submit(() -> train(sentences, type, setup)));
            }
            Map<SkillType, TokenNameFinderModel> models = new EnumMap<>(SkillType.class);
            for (Map.Entry<SkillType, Future<TokenNameFinderModel>> entry : running.entrySet()) {
                models.put(entry.getKey(), entry.getValue().get());
            }
            return models;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? new UncheckedIOException(io)
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** The model of one type. */
    public static TokenNameFinderModel train(List<PostingSentence> sentences, SkillType type, Setup setup)
            throws IOException {
        // BILOU rather than BIO: separate outcomes for one-word names and for the last word of a name
        // gave better SKILL spans (their ends are the hard part) at equal KNOWLEDGE F1 in cross-validation.
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, setup.features(), setup.resources(),
                new BilouCodec());
        TokenNameFinderModel model = NameFinderME.train("en", type.name(),
                ObjectStreamUtils.createObjectStream(augmented(samples(sentences, type, setup), type, setup)),
                setup.trainingParameters(), factory);
        String bias = setup.parameters().getProperty(OWN_PREFIX + "otherBias." + type.name());
        if (bias != null) {
            shiftOther(model, -Double.parseDouble(bias));
        }
        return model;
    }

    /**
     * The training samples with the copies of {@link MentionReplacement} that {@code jobfit.augment.<TYPE>} (or
     * {@code jobfit.augment} for both types) asks for, names replaced at the rate {@code jobfit.augment.rate}.
     */
    static List<NameSample> augmented(List<NameSample> samples, SkillType type, Setup setup) {
        Properties parameters = setup.parameters();
        int copies = Integer.parseInt(parameters.getProperty(OWN_PREFIX + "augment." + type.name(),
                parameters.getProperty(OWN_PREFIX + "augment", "0")));
        double rate = Double.parseDouble(parameters.getProperty(OWN_PREFIX + "augment.rate", "0.5"));
        return MentionReplacement.augment(samples, copies, rate, AUGMENT_SEED);
    }

    /** The seed of the mention replacement's draws. */
    private static final long AUGMENT_SEED = 20261205L;

    /** The predicate that every token has (DefinitionFeatureGenerator's): the models' bias term. */
    static final String BIAS_PREDICATE = "def";

    /**
     * Adds {@code delta} to the weight of the outcome "other" (outside any name) on the feature every token
     * has, in place: a negative delta makes the model name more tokens (recall for precision). The model
     * is then an ordinary perceptron model whose weights say so; OpenNLP and SkillDecoder decode it alike.
     */
    @SuppressWarnings("unchecked")
    public static void shiftOther(TokenNameFinderModel model, double delta) {
        if (!(model.getArtifact("nameFinder.model") instanceof opennlp.tools.ml.model.AbstractModel event)) {
            throw new IllegalArgumentException("not an event model");
        }
        Map<String, opennlp.tools.ml.model.Context> predicates =
                (Map<String, opennlp.tools.ml.model.Context>) event.getDataStructures()[1];
        opennlp.tools.ml.model.Context bias = predicates.get(BIAS_PREDICATE);
        int other = event.getIndex(BilouCodec.OTHER);
        if (bias == null || other < 0) {
            throw new IllegalArgumentException("the model has no bias predicate '" + BIAS_PREDICATE + "'");
        }
        int[] outcomes = bias.getOutcomes();
        for (int a = 0; a < outcomes.length; a++) {
            if (outcomes[a] == other) {
                bias.getParameters()[a] += delta;
                return;
            }
        }
        throw new IllegalArgumentException("the bias predicate has no weight for 'other'");
    }

    /**
     * One name sample per sentence, with the gold spans of one type as token ranges. The per-document
     * memory is cleared where {@link Setup#reset()} says.
     */
    public static List<NameSample> samples(List<PostingSentence> sentences, SkillType type, Setup setup) {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        String posting = null;
        boolean clear = true;
        for (PostingSentence each : sentences) {
            if (setup.reset() == Reset.SENTENCE || !each.posting().equals(posting)) {
                clear = true;
            }
            posting = each.posting();
            NameSample sample = setup.tokens() == Tokens.SERVICE
                    ? serviceTokenSample(each.sentence(), type, clear) : corpusTokenSample(each.sentence(), type, clear);
            if (sample != null) {
                samples.add(sample);
                clear = false;
            }
        }
        return samples;
    }

    private static NameSample corpusTokenSample(ConllCorpus.Sentence sentence, SkillType type, boolean clear) {
        List<opennlp.tools.util.Span> names = new ArrayList<>();
        List<dev.jobfit.text.Span> tokens = sentence.tokenSpans();
        for (ConllCorpus.GoldSpan gold : sentence.gold()) {
            if (gold.type() == type) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i).start() == gold.span().start()) {
                        first = i;
                    }
                    if (tokens.get(i).end() == gold.span().end()) {
                        last = i;
                    }
                }
                names.add(new opennlp.tools.util.Span(first, last + 1, type.name()));
            }
        }
        return new NameSample(sentence.tokens().toArray(String[]::new),
                names.toArray(opennlp.tools.util.Span[]::new), clear);
    }

    /**
     * The sentence as the service tokenizes it. Gold spans begin and end at corpus token boundaries,
     * which are spaces, so they always fall on service token boundaries; punctuation at their edges
     * ("Python," in the corpus) is left out, as SkillNameFinder trims it from what the model finds.
     */
    private static NameSample serviceTokenSample(ConllCorpus.Sentence sentence, SkillType type, boolean clear) {
        List<Token> tokens = WordTokenizer.tokenize(sentence.text());
        if (tokens.isEmpty()) {
            return null;
        }
        List<opennlp.tools.util.Span> names = new ArrayList<>();
        for (ConllCorpus.GoldSpan gold : sentence.gold()) {
            if (gold.type() != type) {
                continue;
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.start() >= gold.span().start() && token.end() <= gold.span().end() && token.isWord()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                names.add(new opennlp.tools.util.Span(first, last + 1, type.name()));
            }
        }
        return new NameSample(tokens.stream().map(Token::text).toArray(String[]::new),
                names.toArray(opennlp.tools.util.Span[]::new), clear);
    }

    private static byte[] taxonomyBytes() throws IOException {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(TaxonomyFile.RESOURCE)) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
