package dev.jobfit.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.posting.api.PostingRequest;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Postings at the 200,000-character limit that repeat one phrase, each once a worst case of the analysis:
 * minutes of backtracking, or a stack overflow in a regex group repeated per field of a "|" header line.
 * The time bound is a hang guard, far above the seconds these take.
 */
class PostingAnalyzerWorstCaseTest {

    static PostingAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new PostingAnalyzer(new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()), Optional.empty()));
    }

    @ParameterizedTest(name = "\"{0}\" repeated")
    @ValueSource(strings = {"cookie ", "visa sponsorship ", "ab|", "PhD in "})
    void analysesAPostingRepeatingOnePhraseUpToTheLimit(String phrase) {
        String text = phrase.repeat(PostingRequest.MAX_CHARACTERS / phrase.length());
        PostingAnalysis analysis = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> analyzer.analyze(PostingInput.text(text)));
        assertThat(analysis.text()).isNotEmpty();
    }
}
