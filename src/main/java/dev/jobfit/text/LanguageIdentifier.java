package dev.jobfit.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;

/**
 * Tells whether a text is in English, with OpenNLP's language detector model (ISO 639-3 codes). The model's
 * n-gram context generator is used as it is; its weights are kept as a {@link CompactGisModel} (15 instead
 * of 48 MB of heap) and scored as {@code LanguageDetectorME} scores them, to the same probabilities.
 * Immutable and thread-safe.
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

    private final LanguageDetectorContextGenerator contexts;
    private final CompactGisModel model;

    public LanguageIdentifier(LanguageDetectorModel model) {
        if (!(model.getMaxentModel() instanceof GISModel gis)) {
            throw new IllegalArgumentException("the language model is not a GIS model: " + model.getMaxentModel().getClass());
        }
        this.contexts = model.getFactory().getContextGenerator(); // immutable: n-gram lengths and normalisers
        this.model = new CompactGisModel(gis);
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
        double[] probabilities = probabilities(sample);
        int best = 0;
        for (int o = 1; o < probabilities.length; o++) {
            if (probabilities[o] > probabilities[best]) {
                best = o; // the first of equals, as LanguageDetectorME's stable sort
            }
        }
        boolean english = model.outcome(best).equals("eng");
        return english || probabilities[best] < MIN_CONFIDENCE ? Optional.empty() : Optional.of(model.outcome(best));
    }

    /**
     * Each language's probability ({@link #language(int)} names them), as {@code LanguageDetectorME.predictLanguages}
     * computes them: over the text's distinct n-grams in the order of a {@code HashMap} filled with them in turn,
     * which is the order its sums are made in.
     */
    double[] probabilities(CharSequence text) {
        Map<CharSequence, Boolean> ngrams = new HashMap<>();
        for (CharSequence ngram : contexts.getContext(text)) {
            ngrams.putIfAbsent(ngram, Boolean.TRUE);
        }
        return model.eval(ngrams.keySet());
    }

    String language(int index) {
        return model.outcome(index);
    }
}
