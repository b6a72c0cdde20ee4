package dev.jobfit.skills.evaluation;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.util.List;
import java.util.Set;

/** Strict span precision, recall and F1 from counts. */
public record SpanScore(int truePositives, int predicted, int gold) {

    public static final SpanScore ZERO = new SpanScore(0, 0, 0);

    /**
     * The counts of one annotated sentence: a mention is right when the corpus tokens it covers
     * ({@link ConllCorpus.Sentence#onTokens}) are exactly a gold span of its type. {@code type} null
     * scores spans of any type against gold of any type (Green's one collapsed tag).
     */
    public static SpanScore of(ConllCorpus.Sentence sentence, List<SkillMention> mentions, SkillType type) {
        Set<Span> gold = sentence.goldSpans(type);
        Set<Span> predicted = sentence.predictedSpans(mentions, type);
        int right = (int) predicted.stream().filter(gold::contains).count();
        return new SpanScore(right, predicted.size(), gold.size());
    }

    public SpanScore plus(SpanScore other) {
        return new SpanScore(truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)",
                precision(), recall(), f1(), truePositives, predicted, gold);
    }
}
