package dev.jobfit.skills.recognition.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped tagger is scored by rows of known words, and tags as {@code POSTaggerME} does. */
class PosFeatureRowsTest {

    private static POSModel model;

    @BeforeAll
    static void load() {
        model = SkillNameFinder.loadShippedModels().orElseThrow().get(SkillType.KNOWLEDGE).getArtifact("pos.model");
    }

    @Test
    void theShippedTaggersFeaturesAreTheKnownDefaultSet() {
        assertThat(new SentencePosTags.Model(model).byRows()).isTrue();
    }

    @Test
    void tagsByRowsAreThoseOfPosTaggerMeAcrossSentencesThatRepeatWords() throws IOException {
        POSTaggerME reference = new POSTaggerME(model, POSTagFormatMapper.guessFormat(model));
        SentencePosTags tags = new SentencePosTags(new SentencePosTags.Model(model));
        String text;
        try (InputStream in = PosFeatureRowsTest.class.getResourceAsStream("/skills/posting-ml-intern.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String[]> sentences = new ArrayList<>();
        for (String line : (text + "\nA\nI work.\nWe, you and I.\nResearch Scientist Intern (Trust & Safety) - 2026 Start"
                + "\nÉCOLE İSTANBUL ΟΔΥΣΣΕΥΣ \uD801\uDC00BERT").split("\n")) {
            String[] words = WordTokenizer.tokenize(line).stream().map(Token::text).toArray(String[]::new);
            if (words.length > 0) {
                sentences.add(words);
            }
        }
        // Twice, so that the second round reads every word from the decoder's memory.
        for (int round = 0; round < 2; round++) {
            for (String[] sentence : sentences) {
                assertThat(tags.tags(sentence.clone())).as(String.join(" ", sentence)).isEqualTo(reference.tag(sentence));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(20);
    }
}
