package dev.jobfit.skills.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.recognition.MentionSource;
import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strict span scoring on a corpus's own tokens, as the SkillSpan benchmark scores. */
class SpanScoreTest {

    // "Python," and "Java/Scala" are one corpus token each; the recogniser's spans leave out the comma
    // and split at the slash.
    private static final ConllCorpus.Sentence SENTENCE = ConllCorpus.sentence(
            List.of("Knowledge", "of", "Python,", "Java/Scala", "and", "unit", "testing"),
            List.of(List.of("O", "O", "B", "B", "O", "B", "I")), SkillType.KNOWLEDGE);

    private static SkillMention mention(String text, SkillType type) {
        int start = SENTENCE.text().indexOf(text);
        return new SkillMention(new Span(start, start + text.length()), text, null, text, type, MentionSource.MODEL, 0.9);
    }

    @Test
    void mapsASpanOntoTheCorpusTokensItTouches() {
        assertThat(SENTENCE.text()).isEqualTo("Knowledge of Python, Java/Scala and unit testing");
        assertThat(SENTENCE.onTokens(new Span(13, 19)).of(SENTENCE.text())).isEqualTo("Python,");
        assertThat(SENTENCE.onTokens(new Span(26, 31)).of(SENTENCE.text())).isEqualTo("Java/Scala");
        assertThat(SENTENCE.onTokens(new Span(36, 48)).of(SENTENCE.text())).isEqualTo("unit testing");
    }

    @Test
    void countsAMentionRightOnlyWhenItsTokensAndTypeEqualAGoldSpan() {
        SpanScore score = SpanScore.of(SENTENCE, List.of(
                mention("Python", SkillType.KNOWLEDGE),     // right: the token "Python,"
                mention("Java", SkillType.KNOWLEDGE),       // right: the token "Java/Scala" ...
                mention("Scala", SkillType.KNOWLEDGE),      // ... named twice, counted once
                mention("testing", SkillType.KNOWLEDGE),    // wrong: half of "unit testing"
                mention("unit testing", SkillType.SKILL)),  // another type: not scored here
                SkillType.KNOWLEDGE);

        assertThat(score).isEqualTo(new SpanScore(2, 3, 3));
        assertThat(score.precision()).isEqualTo(2 / 3.0);
        assertThat(SpanScore.of(SENTENCE, List.of(), SkillType.SKILL)).isEqualTo(SpanScore.ZERO);
    }
}
