package dev.jobfit.skills.evaluation;

import dev.jobfit.skills.evaluation.SkillSpanJson.PostingSentence;
import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.SkillRecognizer.Strategy;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.recognition.TaxonomyPrecision;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.skills.training.SkillModelTrainer;
import dev.jobfit.skills.training.SkillModelTrainer.Setup;
import dev.jobfit.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Cross-validation of the skill name finders on the SkillSpan training split, for choosing training
 * settings and the merge strategy without looking at dev: postings are dealt round-robin into folds
 * (a posting is never split, its sentences are alike), each fold is held out once while models are
 * trained on the rest with {@link SkillModelTrainer}, and the held-out sentences are scored like the dev
 * evaluation (one sentence at a time, strict spans) for every merge strategy; counts are pooled over folds.
 *
 * <p>Run: {@code ./mvnw -q compile exec:java -Dexec.mainClass=dev.jobfit.skills.evaluation.SkillModelCrossValidation
 * -Dexec.classpathScope=compile -Dexec.args="../shared/data src/main/training 3 configured corpus-tokens"}.
 * With {@code --postings} each held-out posting is recognised as one text, as the service sees it.
 * Variants: {@code configured} (skill-ner.properties as it is), {@code corpus-tokens}, {@code service-tokens},
 * {@code sentence-reset}, {@code posting-reset}, {@code features=path/to.xml}, or {@code param:Key=Value,Key=Value}
 * (training parameters changed from skill-ner.properties).
 */
public final class SkillModelCrossValidation {

    /** Errors of MODEL_ONLY, written to the file named by -Dcv.errors when set. */
    private static final List<String> ERRORS = System.getProperty("cv.errors") == null ? null
            : java.util.Collections.synchronizedList(new ArrayList<>());

    private SkillModelCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path config = Path.of(args.length > 1 ? args[1] : "src/main/training");
        int folds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        boolean byPosting = List.of(args).contains("--postings");
        // --precision=0.2:2,0.3:2:all : also score UNION, UNION_PHRASES and MODEL_FIRST with taxonomy-only mentions
        // filtered by their precision on the training folds (threshold:prior weight)
        // --bias=0.5,1 : also score UNION and MODEL_ONLY with the models' "other" weight lowered by each amount
        List<Double> biases = List.of(args).stream().filter(a -> a.startsWith("--bias="))
                .flatMap(a -> List.of(a.substring("--bias=".length()).split(",")).stream()).map(Double::parseDouble).toList();
        List<double[]> thresholds = List.of(args).stream().filter(a -> a.startsWith("--precision="))
                .flatMap(a -> List.of(a.substring("--precision=".length()).split(",")).stream())
                .map(t -> t.split(":")).map(t -> new double[] {Double.parseDouble(t[0]),
                        t.length > 1 ? Double.parseDouble(t[1]) : TaxonomyPrecision.DEFAULT_WEIGHT,
                        t.length > 2 && t[2].equals("all") ? 0 : 1}).toList();
        List<String> variants = args.length > 3
                ? List.of(args).subList(3, args.length).stream().filter(a -> !a.startsWith("--")).toList()
                : List.of("configured");
        Path file = data.resolve("skillspan/train.json");
        if (!Files.isRegularFile(file)) {
            System.out.println("Cross-validation: no SkillSpan data under " + data.toAbsolutePath() + "; skipped.");
            return;
        }
        SkillTaxonomy taxonomy = SkillTaxonomy.load();
        TaxonomyMatcher matcher = new TaxonomyMatcher(taxonomy);
        Setup configured = SkillModelTrainer.setup(config, taxonomy);
        List<PostingSentence> sentences = SkillSpanJson.read(file);
        Map<String, Integer> foldOf = new HashMap<>();
        for (PostingSentence s : sentences) {
            foldOf.computeIfAbsent(s.posting(), p -> foldOf.size() % folds);
        }
        System.out.printf(Locale.ROOT, "%d sentences, %d postings, %d folds by posting%n",
                sentences.size(), foldOf.size(), folds);
        for (String variant : variants) {
            Setup setup = variant(configured, variant);
            Map<Strategy, Map<SkillType, int[]>> counts = new EnumMap<>(Strategy.class);
            Map<String, Map<SkillType, int[]>> filtered = new LinkedHashMap<>();
            long trainingNanos = 0;
            for (int fold = 0; fold < folds; fold++) {
                List<PostingSentence> train = new ArrayList<>();
                List<PostingSentence> heldOutSentences = new ArrayList<>();
                for (PostingSentence s : sentences) {
                    (foldOf.get(s.posting()) == fold ? heldOutSentences : train).add(s);
                }
                List<ConllCorpus.Sentence> heldOut = byPosting ? postings(heldOutSentences)
                        : heldOutSentences.stream().map(PostingSentence::sentence).toList();
                long started = System.nanoTime();
                Map<SkillType, TokenNameFinderModel> models = SkillModelTrainer.trainAll(train, setup);
                trainingNanos += System.nanoTime() - started;
                SkillNameFinder finder = new SkillNameFinder(models);
                SkillRecognizer recognizer = new SkillRecognizer(matcher, Optional.of(finder), TaxonomyPrecision.NONE);
                for (Strategy strategy : Strategy.values()) {
                    count(recognizer, heldOut, strategy, counts.computeIfAbsent(strategy, k -> new EnumMap<>(SkillType.class)));
                }
                TaxonomyPrecision estimated = TaxonomyPrecision.NONE;
                if (!thresholds.isEmpty()) {
                    estimated = SkillModelTrainer.taxonomyPrecision(train, matcher).build();
                }
                for (double bias : biases.isEmpty() ? List.of(0.0) : biases) {
                    models.values().forEach(m -> SkillModelTrainer.shiftOther(m, -bias));
                    SkillNameFinder shifted = new SkillNameFinder(models);
                    models.values().forEach(m -> SkillModelTrainer.shiftOther(m, bias));
                    if (!biases.isEmpty()) {
                        SkillRecognizer unfiltered = new SkillRecognizer(matcher, Optional.of(shifted), TaxonomyPrecision.NONE);
                        for (Strategy strategy : List.of(Strategy.UNION, Strategy.MODEL_ONLY)) {
                            count(unfiltered, heldOut, strategy, filtered.computeIfAbsent(
                                    strategy + " bias " + bias, k -> new EnumMap<>(SkillType.class)));
                        }
                    }
                    for (double[] t : thresholds) {
                        SkillRecognizer filtering = new SkillRecognizer(matcher, Optional.of(shifted),
                                estimated.with(t[0], t[1], t[2] > 0));
                        for (Strategy strategy : List.of(Strategy.UNION, Strategy.UNION_PHRASES)) {
                            count(filtering, heldOut, strategy, filtered.computeIfAbsent(strategy + " bias " + bias
                                    + " p>=" + t[0] + " w" + t[1] + (t[2] > 0 ? " names kept" : ""), k -> new EnumMap<>(SkillType.class)));
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "  %s fold %d done%n", variant, fold);
            }
            System.out.printf(Locale.ROOT, "%n%s: %s, %s tokens, reset per %s, decoded per %s; mean training %.0f s"
                    + " per fold (both models)%n", variant, parameters(setup), setup.tokens(), setup.reset(),
                    byPosting ? "posting" : "sentence", trainingNanos / 1e9 / folds);
            System.out.println("| strategy | K P | K R | K F1 | S P | S R | S F1 | mean F1 |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (Strategy strategy : Strategy.values()) {
                SpanScore k = score(counts.get(strategy).get(SkillType.KNOWLEDGE));
                SpanScore s = score(counts.get(strategy).get(SkillType.SKILL));
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", strategy,
                        k.precision(), k.recall(), k.f1(), s.precision(), s.recall(), s.f1(), (k.f1() + s.f1()) / 2);
            }
            filtered.forEach((name, c) -> {
                SpanScore k = score(c.get(SkillType.KNOWLEDGE));
                SpanScore s = score(c.get(SkillType.SKILL));
                System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name,
                        k.precision(), k.recall(), k.f1(), s.precision(), s.recall(), s.f1(), (k.f1() + s.f1()) / 2);
            });
            System.out.println();
        }
        if (ERRORS != null) {
            Files.write(Path.of(System.getProperty("cv.errors")), ERRORS);
        }
    }

    /**
     * Each posting as one text, its sentences one per line, as the service is given whole postings
     * (so the per-document memory of the models is in play); gold spans are moved to the joined text.
     */
    private static List<ConllCorpus.Sentence> postings(List<PostingSentence> sentences) {
        Map<String, List<ConllCorpus.Sentence>> byPosting = new LinkedHashMap<>();
        sentences.forEach(s -> byPosting.computeIfAbsent(s.posting(), p -> new ArrayList<>()).add(s.sentence()));
        List<ConllCorpus.Sentence> out = new ArrayList<>();
        for (List<ConllCorpus.Sentence> posting : byPosting.values()) {
            StringBuilder text = new StringBuilder();
            List<String> tokens = new ArrayList<>();
            List<Span> tokenSpans = new ArrayList<>();
            List<ConllCorpus.GoldSpan> gold = new ArrayList<>();
            for (ConllCorpus.Sentence sentence : posting) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                int offset = text.length();
                text.append(sentence.text());
                tokens.addAll(sentence.tokens());
                sentence.tokenSpans().forEach(t -> tokenSpans.add(new Span(t.start() + offset, t.end() + offset)));
                sentence.gold().forEach(g -> gold.add(new ConllCorpus.GoldSpan(
                        new Span(g.span().start() + offset, g.span().end() + offset), g.type())));
            }
            out.add(new ConllCorpus.Sentence(text.toString(), tokens, tokenSpans, gold));
        }
        return out;
    }

    private static Setup variant(Setup configured, String variant) throws IOException {
        return switch (variant) {
            case "configured" -> configured;
            case "corpus-tokens" -> configured.withTokens(SkillModelTrainer.Tokens.CORPUS);
            case "service-tokens" -> configured.withTokens(SkillModelTrainer.Tokens.SERVICE);
            case "sentence-reset" -> configured.withReset(SkillModelTrainer.Reset.SENTENCE);
            case "posting-reset" -> configured.withReset(SkillModelTrainer.Reset.POSTING);
            default -> {
                if (variant.startsWith("param:")) {
                    Properties changed = new Properties();
                    changed.putAll(configured.parameters());
                    for (String assignment : variant.substring("param:".length()).split(",")) {
                        String[] kv = assignment.split("=", 2);
                        changed.setProperty(kv[0], kv[1]);
                    }
                    yield configured.withParameters(changed);
                }
                if (variant.startsWith("features=")) {
                    yield configured.withFeatures(Files.readAllBytes(Path.of(variant.substring("features=".length()))));
                }
                throw new IllegalArgumentException("unknown variant " + variant);
            }
        };
    }

    private static String parameters(Setup setup) {
        Map<String, String> shown = new LinkedHashMap<>();
        setup.parameters().stringPropertyNames().stream().sorted()
                .forEach(name -> shown.put(name, setup.parameters().getProperty(name)));
        return shown.toString();
    }

    /** Adds true positives, predicted and gold counts per type, recognising each sentence once. */
    private static void count(SkillRecognizer recognizer, List<ConllCorpus.Sentence> sentences, Strategy strategy,
                              Map<SkillType, int[]> counts) {
        for (ConllCorpus.Sentence sentence : sentences) {
            List<SkillMention> mentions = recognizer.recognize(sentence.text(), strategy);
            for (SkillType type : SkillType.values()) {
                SpanScore score = SpanScore.of(sentence, mentions, type);
                int[] c = counts.computeIfAbsent(type, t -> new int[3]);
                c[0] += score.truePositives();
                c[1] += score.predicted();
                c[2] += score.gold();
                if (ERRORS != null && strategy == Strategy.MODEL_ONLY) {
                    Set<Span> gold = sentence.goldSpans(type);
                    Set<Span> predicted = sentence.predictedSpans(mentions, type);
                    for (Span p : predicted) {
                        if (!gold.contains(p)) {
                            Span o = gold.stream().filter(g -> g.overlaps(p)).findFirst().orElse(null);
                            ERRORS.add(type + "\tFP\t" + (o == null ? "none" : "overlap") + "\t"
                                    + sentence.text().substring(p.start(), p.end())
                                    + "\t" + (o == null ? "" : sentence.text().substring(o.start(), o.end())));
                        }
                    }
                    for (Span g : gold) {
                        if (!predicted.contains(g)) {
                            boolean o = predicted.stream().anyMatch(p -> p.overlaps(g));
                            ERRORS.add(type + "\tFN\t" + (o ? "overlap" : "none") + "\t"
                                    + sentence.text().substring(g.start(), g.end()));
                        }
                    }
                }
            }
        }
    }

    private static SpanScore score(int[] counts) {
        return new SpanScore(counts[0], counts[1], counts[2]);
    }
}
