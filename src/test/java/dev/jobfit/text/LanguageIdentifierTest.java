package dev.jobfit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Language identification on the sample it reads: the start of a posting or resume. */
class LanguageIdentifierTest {

    static LanguageIdentifier language;

    @BeforeAll
    static void load() {
        language = LanguageIdentifier.loadShipped();
    }

    static final String ENGLISH = """
            Machine Learning Engineer Intern (Trust and Safety). Our team builds the models that keep a large video
            community safe. You will train and evaluate classifiers for harmful content, work with PyTorch and
            large multilingual datasets, and ship models to production with the help of experienced engineers.
            Minimum qualifications: currently pursuing a PhD in computer science, engineering or a related field;
            experience with deep learning frameworks; strong communication skills. Preferred: publications at
            NeurIPS, ICML or ACL. The internship runs from May to August and lasts at least twelve weeks.
            """;

    @Test
    void englishIsNotFlaggedEvenWithForeignNamesAndAddresses() {
        assertThat(language.nonEnglish(ENGLISH)).isEmpty();
        assertThat(language.nonEnglish("Société Générale, München, São Paulo, Zürich. " + ENGLISH)).isEmpty();
        assertThat(language.nonEnglish(ENGLISH.repeat(10))).isEmpty();
    }

    @Test
    void postingsInOtherLanguagesAreFlagged() {
        assertThat(language.nonEnglish("""
                Stage ingénieur en apprentissage automatique (confiance et sécurité). Notre équipe développe les
                modèles qui protègent une grande communauté de vidéos. Vous entraînerez des classificateurs pour
                détecter les contenus nuisibles et vous travaillerez avec de grands jeux de données multilingues.
                Profil recherché : doctorat en cours en informatique ou dans un domaine quantitatif, expérience des
                cadres d'apprentissage profond, excellentes capacités de communication. Le stage dure six mois.
                """.repeat(3))).contains("fra");
        assertThat(language.nonEnglish("""
                Praktikum Maschinelles Lernen (Vertrauen und Sicherheit). Unser Team entwickelt die Modelle, die eine
                große Video-Community schützen. Sie trainieren Klassifikatoren für schädliche Inhalte und arbeiten
                mit großen mehrsprachigen Datensätzen. Anforderungen: laufende Promotion in Informatik oder einem
                quantitativen Fach, Erfahrung mit Deep-Learning-Frameworks, gute Kommunikationsfähigkeiten.
                """.repeat(3))).contains("deu");
    }

    @Test
    void aForeignTextAfterALongEnglishStartIsReadAsEnglish() {
        // only the start is read: a posting's language shows early
        assertThat(language.nonEnglish(ENGLISH.repeat(3) + "Anforderungen: laufende Promotion in Informatik. ".repeat(100)))
                .isEmpty();
    }

    @Test
    void tooLittleTextIsNotJudged() {
        assertThat(language.nonEnglish("Stage, Paris")).isEmpty();
        assertThat(language.nonEnglish("")).isEmpty();
    }

    /**
     * The compact model gives OpenNLP's detector's probabilities to the last bit, for every language, on texts
     * in several languages and scripts, on mixtures and on snippets.
     */
    @Test
    void probabilitiesAreLanguageDetectorMEsExactly() throws IOException {
        LanguageDetectorME detector;
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(LanguageIdentifier.MODEL_RESOURCE)) {
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        }
        List<String> texts = List.of(ENGLISH,
                "Stage ingénieur en apprentissage automatique : doctorat en cours, expérience des réseaux de neurones.",
                "Praktikum Maschinelles Lernen: laufende Promotion in Informatik, Erfahrung mit PyTorch.",
                "Prácticas de aprendizaje automático: doctorado en curso, experiencia con redes neuronales.",
                "機械学習エンジニアのインターン。深層学習の経験。", "Стажировка по машинному обучению, опыт работы с PyTorch.",
                "Société Générale, München, São Paulo. " + ENGLISH, "PyTorch", "a", "");
        int compared = 0;
        for (String text : texts) {
            double[] ours = language.probabilities(text);
            for (Language expected : detector.predictLanguages(text)) {
                int index = indexOf(expected.getLang(), ours.length);
                assertThat(ours[index]).as(expected.getLang() + " in " + text).isEqualTo(expected.getConfidence());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(texts.size() * 103);
    }

    private static int indexOf(String lang, int languages) {
        for (int i = 0; i < languages; i++) {
            if (language.language(i).equals(lang)) {
                return i;
            }
        }
        throw new AssertionError("no language " + lang);
    }
}
