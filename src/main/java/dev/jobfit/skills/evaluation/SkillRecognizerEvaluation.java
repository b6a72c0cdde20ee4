package dev.jobfit.skills.evaluation;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy));
        System.out.printf(Locale.ROOT, "Recogniser loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);

        List<ConllCorpus.Sentence> skillSpan = new ArrayList<>();
        for (String part : List.of("house", "tech")) {
            skillSpan.addAll(ConllCorpus.read(data.resolve("skillspan/skillspan_" + part + "_dev.conll"),
                    SkillType.SKILL, SkillType.KNOWLEDGE));
        }
        System.out.printf(Locale.ROOT, "SkillSpan dev (%d sentences)%n", skillSpan.size());
        for (SkillType type : SkillType.values()) {
            System.out.printf(Locale.ROOT, "  %-9s %s%n", type, score(recognizer, skillSpan, type));
        }
        Path green = data.resolve("green/dev.conll");
        if (Files.isRegularFile(green)) {
            List<ConllCorpus.Sentence> greenDev = ConllCorpus.read(green, (SkillType) null);
            System.out.printf(Locale.ROOT, "Green dev (%d sentences)%n  any type  %s%n", greenDev.size(),
                    score(recognizer, greenDev, null));
        }
    }

    /** Scores one type ({@code null}: spans of any type against untyped gold). */
    public static SpanScore score(SkillRecognizer recognizer, List<ConllCorpus.Sentence> sentences, SkillType type) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (ConllCorpus.Sentence sentence : sentences) {
            Set<Span> goldSpans = new HashSet<>();
            for (ConllCorpus.GoldSpan g : sentence.gold()) {
                if (type == null || g.type() == type) {
                    goldSpans.add(g.span());
                }
            }
            Set<Span> predictedSpans = new HashSet<>();
            for (SkillMention m : recognizer.recognize(sentence.text())) {
                if (type == null || m.type() == type) {
                    predictedSpans.add(m.span());
                }
            }
            gold += goldSpans.size();
            predicted += predictedSpans.size();
            for (Span p : predictedSpans) {
                if (goldSpans.contains(p)) {
                    tp++;
                }
            }
        }
        return new SpanScore(tp, predicted, gold);
    }
}
