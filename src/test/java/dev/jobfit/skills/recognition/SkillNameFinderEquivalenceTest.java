package dev.jobfit.skills.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.recognition.features.SentencePosTags;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.SentenceSplitter;
import dev.jobfit.text.Span;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared-feature decoder of {@link SkillNameFinder} gives what OpenNLP's own decoders give with the
 * same models: the spans and probabilities of one {@link NameFinderME} per model over a text (each
 * with its own POS tagger and its own memory of the text's earlier sentences), and the tags of
 * {@link POSTaggerME}. The same comparison over the whole SkillSpan dev split (58 postings decoded
 * whole, 1,640 mentions; 3,174 sentences for the tags) found no difference, not even in the last bit
 * of a probability.
 */
class SkillNameFinderEquivalenceTest {

    private static Map<SkillType, TokenNameFinderModel> models;
    /** The decoder as shipped, from rows of the features. */
    private static SkillNameFinder finder;
    /** The same models decoded from feature strings, the path of a feature XML the rows do not know. */
    private static SkillNameFinder byStrings;
    private static List<String> texts;

    @BeforeAll
    static void load() throws IOException {
        models = SkillNameFinder.loadShippedModels().orElseThrow();
        finder = new SkillNameFinder(models);
        byStrings = new SkillNameFinder(models, false);
        texts = List.of(
                fixture("/skills/posting-ml-intern.txt"),
                "Experience with PyTorch or TensorFlow is required; at least one of: ML, NLP, CV.",
                "Go, Rust or C for backend services; we visited Java last year.",
                "Statistical modelling in R or Python, SQL, Apache Spark Streaming and PySpark.",
                "You will communicate results to stakeholders, mentor junior engineers and drive "
                        + "multimodal LLM moderation. Strong written and verbal communication skills. "
                        + "Python. Python, Python; python!",
                // Letters whose lower case differs between Character.toLowerCase and String.toLowerCase,
                // and one outside the basic plane: the decoders' token forms must match OpenNLP's.
                "ÉCOLE Polytechnique, İSTANBUL and ΟΔΥΣΣΕΥΣ: Kubernetes für Ärzte, \uD801\uDC00BERT, A.I. and U.S. teams.",
                "",
                "   \n\n ...");
    }

    @Test
    void theShippedModelsAreDecodedFromRowsOfTheirFeatures() {
        assertThat(finder.byRows()).isTrue();
        assertThat(byStrings.byRows()).isFalse();
    }

    @ParameterizedTest(name = "from rows: {0}")
    @ValueSource(booleans = {true, false})
    void spansAndProbabilitiesAreThoseOfOneNameFinderPerModel(boolean rows) {
        SkillNameFinder finder = rows ? SkillNameFinderEquivalenceTest.finder : byStrings;
        int spans = 0;
        for (String text : texts) {
            List<String[]> sentences = words(text);
            List<List<opennlp.tools.util.Span[]>> actual = finder.spans(sentences);
            List<SkillType> types = finder.types();
            assertThat(types).containsExactly(SkillType.values());
            for (int m = 0; m < types.size(); m++) {
                NameFinderME reference = new NameFinderME(models.get(types.get(m)));
                for (int s = 0; s < sentences.size(); s++) {
                    if (sentences.get(s).length == 0) {
                        assertThat(actual.get(s)).isEmpty();
                        continue;
                    }
                    opennlp.tools.util.Span[] expected = reference.find(sentences.get(s));
                    opennlp.tools.util.Span[] found = actual.get(s).get(m);
                    assertThat(describe(found)).as("%s in %s", types.get(m), text).isEqualTo(describe(expected));
                    spans += found.length;
                }
            }
        }
        assertThat(spans).isGreaterThan(20);
    }

    @ParameterizedTest(name = "from rows: {0}")
    @ValueSource(booleans = {true, false})
    void aPooledDecoderForgetsTheTextBefore(boolean rows) {
        SkillNameFinder finder = rows ? SkillNameFinderEquivalenceTest.finder : byStrings;
        Map<String, List<SkillMention>> first = new HashMap<>();
        for (String text : texts) {
            first.put(text, finder.find(text, sentences(text)));
        }
        List<String> reversed = new ArrayList<>(texts);
        Collections.reverse(reversed);
        for (int round = 0; round < 3; round++) {
            for (String text : reversed) {
                assertThat(finder.find(text, sentences(text))).isEqualTo(first.get(text));
            }
        }
    }

    @Test
    void tagsAreThoseOfPosTaggerMe() {
        POSModel model = models.get(SkillType.KNOWLEDGE).getArtifact("pos.model");
        POSTaggerME reference = new POSTaggerME(model, POSTagFormatMapper.guessFormat(model));
        SentencePosTags tags = new SentencePosTags(new SentencePosTags.Model(model));
        int compared = 0;
        for (String text : texts) {
            for (String[] sentence : words(text)) {
                if (sentence.length > 0) {
                    assertThat(tags.tags(sentence.clone())).isEqualTo(reference.tag(sentence));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    private static List<String> describe(opennlp.tools.util.Span[] spans) {
        List<String> out = new ArrayList<>();
        for (opennlp.tools.util.Span span : spans) {
            out.add(span + " p=" + span.getProb());
        }
        return out;
    }

    private static List<String[]> words(String text) {
        return sentences(text).stream().map(s -> s.stream().map(Token::text).toArray(String[]::new)).toList();
    }

    private static List<List<Token>> sentences(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        List<List<Token>> out = new ArrayList<>();
        int t = 0;
        for (Span sentence : SentenceSplitter.split(text)) {
            List<Token> in = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < sentence.end()) {
                if (tokens.get(t).start() >= sentence.start()) {
                    in.add(tokens.get(t));
                }
                t++;
            }
            out.add(in);
        }
        return out;
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = SkillNameFinderEquivalenceTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
