package dev.jobfit.skills.recognition.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;

class SentenceTokenFormsTest {

    private static final List<String> WORDS = List.of("", "pytorch", "PyTorch", "NLP", "C++", "Node.js", "2026",
            "ÉCOLE", "İstanbul", "ΟΔΥΣΣΕΥΣ", "Ärzte", "ǅemal", "\uD801\uDC00BERT", "a\uD801", "\uDC00z", "K8s",
            "ﬁnance", "ẞ", "A.", "U.S.");

    @Test
    void lowerCaseIsOpenNlpsCodePointByCodePointLowerCase() {
        for (String word : WORDS) {
            assertThat(SentenceTokenForms.lowerCase(word)).as(word).isEqualTo(StringUtil.toLowerCase(word));
        }
    }

    @Test
    void aWordWithNothingToLowerIsReturnedAsItIs() {
        String word = "tensorflow";
        assertThat(SentenceTokenForms.lowerCase(word)).isSameAs(word);
    }

    @Test
    void formsAreWorkedOutPerSentenceAndFollowANewTokenArray() {
        SentenceTokenForms forms = new SentenceTokenForms();
        String[] first = WORDS.toArray(String[]::new);
        for (int i = 0; i < first.length; i++) {
            assertThat(forms.lower(first, i)).isEqualTo(StringUtil.toLowerCase(first[i]));
            assertThat(forms.wordClass(first, i)).isEqualTo(FeatureGeneratorUtil.tokenFeature(first[i]));
        }
        String[] second = {"Rust", "and", "GO"};
        assertThat(forms.lower(second, 2)).isEqualTo("go");
        assertThat(forms.wordClass(second, 0)).isEqualTo("ic");
        assertThat(forms.wordClass(second, 2)).isEqualTo("ac");
    }
}
