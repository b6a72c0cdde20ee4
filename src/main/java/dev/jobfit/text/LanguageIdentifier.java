package dev.jobfit.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells whether a text is in English, with OpenNLP's language detector (ISO 639-3 codes). The model is
 * loaded once and shared; a detector is made per call because it is not thread-safe.
 */
public final class LanguageIdentifier {

    /** The model file inside the opennlp-models-langdetect jar. */
    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Texts with fewer letters than this are too short to judge. */
    static final int MIN_LETTERS = 80;
    /**
     * Only this much of a long text is read: a posting's or resume's language shows early, and the detector's
     * cost grows with the sample (3,000 characters took about 2 ms, a fifth of a posting's analysis).
     */
    static final int SAMPLE_CHARACTERS = 1200;
    static final double MIN_CONFIDENCE = 0.5;

    private final LanguageDetectorModel model;

    public LanguageIdentifier(LanguageDetectorModel model) {
        this.model = model;
    }

    public static LanguageIdentifier loadShipped() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL_RESOURCE + " is missing from the class path");
            }
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language of the text when it is confidently not English ("fra", "deu"), else empty. */
    public Optional<String> nonEnglish(String text) {
        String sample = text.length() > SAMPLE_CHARACTERS ? text.substring(0, SAMPLE_CHARACTERS) : text;
        if (sample.chars().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        boolean english = best.getLang().equals("eng");
        return english || best.getConfidence() < MIN_CONFIDENCE ? Optional.empty() : Optional.of(best.getLang());
    }
}
