package dev.jobfit.skills;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Taxonomy matching on the shipped taxonomy: what a posting says meets what a resume says. */
class TaxonomyMatcherTest {

    static SkillTaxonomy taxonomy;
    static TaxonomyMatcher matcher;

    @BeforeAll
    static void load() {
        taxonomy = SkillTaxonomy.load();
        matcher = new TaxonomyMatcher(taxonomy);
    }

    private static List<String> names(String text) {
        return matcher.match(text).stream().map(SkillMention::name).toList();
    }

    private static List<String> surfaces(String text) {
        return matcher.match(text).stream().map(SkillMention::text).toList();
    }

    @Test
    void findsAlternativesJoinedByOrAndSlash() {
        assertThat(names("Experience with PyTorch or TensorFlow is required.")).containsExactly("PyTorch", "TensorFlow");
        assertThat(names("Hands-on PyTorch/TensorFlow work")).containsExactly("PyTorch", "TensorFlow");
    }

    @Test
    void ignoresCaseOfOrdinaryNames() {
        assertThat(names("strong pytorch skills")).containsExactly("PyTorch");
        assertThat(names("Torch and JAX for deep learning research")).contains("PyTorch", "JAX");
    }

    @Test
    void abbreviationsMeetTheirFullNames() {
        assertThat(names("NLP")).containsExactly("natural language processing");
        assertThat(names("natural language processing (NLP)"))
                .containsExactly("natural language processing", "natural language processing");
    }

    @Test
    void findsEveryMemberOfAnAnyOfList() {
        List<String> found = names("Solid experience in at least one of: machine learning, pattern recognition, "
                + "NLP, data mining, or computer vision.");
        assertThat(found).containsExactly("machine learning", "pattern recognition", "natural language processing",
                "data mining", "computer vision");
    }

    @Test
    void spansPointAtTheWordsAsWritten() {
        String text = "Must know Python 3 and C++; C# is a plus.";
        List<SkillMention> mentions = matcher.match(text);
        assertThat(mentions).extracting(SkillMention::text).containsExactly("Python 3", "C++", "C#");
        for (SkillMention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void ambiguousNamesNeedTechnicalContext() {
        assertThat(names("Proficiency in Java, Go and Python")).contains("Go", "Python (computer programming)");
        assertThat(surfaces("Proficiency in Java, Go and Python")).contains("Java");
        assertThat(names("We visited Java and Bali last summer.")).isEmpty();
        assertThat(names("Go to our careers page to apply.")).isEmpty();
        assertThat(names("Statistical modelling in R or Python")).contains("R");
        assertThat(names("Please send your CV by Friday.")).isEmpty();
    }

    @Test
    void inflectedWordsMeetBaseForms() {
        assertThat(names("deep neural networks")).containsExactly("deep learning");
        assertThat(names("recommendation algorithms")).containsExactly("recommender systems");
    }

    @Test
    void longestMatchWins() {
        assertThat(names("Apache Spark Streaming and PySpark")).containsExactly("Apache Spark", "PySpark");
        assertThat(surfaces("experience with machine learning operations")).containsExactly("machine learning operations");
    }
}
