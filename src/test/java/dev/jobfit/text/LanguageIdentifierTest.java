package dev.jobfit.text;

import static org.assertj.core.api.Assertions.assertThat;

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
}
