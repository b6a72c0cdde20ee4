package dev.jobfit.skills.recognition;

import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.util.List;

/**
 * Finds skill mentions in text. Immutable and thread-safe: share one instance.
 */
public final class SkillRecognizer {

    private final TaxonomyMatcher taxonomy;

    public SkillRecognizer(TaxonomyMatcher taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Mentions in text order; every span is an offset range into {@code text}. */
    public List<SkillMention> recognize(String text) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        return taxonomy.match(text, tokens);
    }
}
