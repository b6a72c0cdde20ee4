package dev.jobfit.skills.evaluation;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.SkillRecognizer.Strategy;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures the skill recogniser on the annotated dev splits: strict span precision, recall and F1
 * (a predicted span counts only when start, end and type match a gold span exactly), separately for
 * KNOWLEDGE and SKILL on SkillSpan dev, and regardless of type on Green dev (whose one tag mixes both).
 *
 * <p>Run with {@code ./mvnw -Pevaluate-skills process-classes [-Djobfit.data-dir=...]}. Without the
 * data folder it prints a notice and exits successfully.
 */
public final class SkillRecognizerEvaluation {

    private SkillRecognizerEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        if (!Files.isDirectory(data.resolve("skillspan"))) {
            System.out.println("Skill evaluation: no annotated data under " + data.toAbsolutePath() + "; skipped.");
            return;
        }
        long started = System.nanoTime();
        SkillTaxonomy taxonomy = SkillTaxonomy.load();
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy), SkillNameFinder.loadShipped());
        System.out.printf(Locale.ROOT, "Recogniser loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        List<ConllCorpus.Sentence> skillSpan = new ArrayList<>();
        for (String part : List.of("house", "tech")) {
            skillSpan.addAll(ConllCorpus.read(data.resolve("skillspan/skillspan_" + part + "_dev.conll"),
                    SkillType.SKILL, SkillType.KNOWLEDGE));
        }
        if (List.of(args).contains("--errors")) {
            printErrors(recognizer, skillSpan);
        }
        Path green = data.resolve("green/dev.conll");
        List<ConllCorpus.Sentence> greenDev = Files.isRegularFile(green)
                ? ConllCorpus.read(green, (SkillType) null) : List.of();
        List<Strategy> strategies = recognizer.hasModel() ? List.of(Strategy.values()) : List.of(Strategy.TAXONOMY_ONLY);
        for (Strategy strategy : strategies) {
            System.out.printf(Locale.ROOT, "%s%s%n", strategy, strategy == SkillRecognizer.DEFAULT ? " (the service's)" : "");
            System.out.printf(Locale.ROOT, "  SkillSpan dev (%d sentences)%n", skillSpan.size());
            for (SkillType type : SkillType.values()) {
                System.out.printf(Locale.ROOT, "    %-9s %s%n", type, score(recognizer, skillSpan, type, strategy));
            }
            if (!greenDev.isEmpty()) {
                System.out.printf(Locale.ROOT, "  Green dev (%d sentences)%n    any type  %s%n", greenDev.size(),
                        score(recognizer, greenDev, null, strategy));
            }
        }
    }

    /** The most frequent false positives and misses per type on SkillSpan dev, for error analysis. */
    private static void printErrors(SkillRecognizer recognizer, List<ConllCorpus.Sentence> sentences) {
        for (SkillType type : SkillType.values()) {
            java.util.Map<String, Integer> falsePositives = new java.util.HashMap<>();
            java.util.Map<String, Integer> misses = new java.util.HashMap<>();
            for (ConllCorpus.Sentence sentence : sentences) {
                Set<Span> gold = sentence.goldSpans(type);
                List<SkillMention> mentions = recognizer.recognize(sentence.text());
                Set<Span> predicted = sentence.predictedSpans(mentions, type);
                for (SkillMention m : mentions) {
                    if (m.type() == type && !gold.contains(sentence.onTokens(m.span()))) {
                        falsePositives.merge(m.source() + " " + m.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
                gold.stream().filter(g -> !predicted.contains(g))
                        .forEach(g -> misses.merge(g.of(sentence.text()).toLowerCase(Locale.ROOT), 1, Integer::sum));
            }
            System.out.printf(Locale.ROOT, "%s false positives: %s%n", type, top(falsePositives));
            System.out.printf(Locale.ROOT, "%s misses: %s%n", type, top(misses));
        }
    }

    private static String top(java.util.Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(40).map(e -> e.getKey() + " x" + e.getValue()).toList().toString();
    }

    /** Scores one type ({@code null}: spans of any type against untyped gold). */
    public static SpanScore score(SkillRecognizer recognizer, List<ConllCorpus.Sentence> sentences, SkillType type,
                                  Strategy strategy) {
        SpanScore total = SpanScore.ZERO;
        for (ConllCorpus.Sentence sentence : sentences) {
            total = total.plus(SpanScore.of(sentence, recognizer.recognize(sentence.text(), strategy), type));
        }
        return total;
    }
}
