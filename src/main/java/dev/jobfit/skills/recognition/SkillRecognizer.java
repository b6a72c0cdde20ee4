package dev.jobfit.skills.recognition;

import dev.jobfit.text.SentenceSplitter;
import dev.jobfit.text.Span;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds skill mentions in text by combining the taxonomy matcher with the statistical name finder.
 * Where both find the same span it is one mention of source BOTH, with the taxonomy's skill and the
 * model's type. By default ({@link Strategy#UNION}) every other mention of either is kept too, so a
 * model span such as "Python programming" and the taxonomy's "Python" inside it both reach matching:
 * that measured best on the dev splits and keeps every taxonomy id. Immutable and thread-safe.
 */
public final class SkillRecognizer {

    /** How taxonomy and model mentions are combined. */
    public enum Strategy {
        /** Taxonomy matches only. */
        TAXONOMY_ONLY,
        /** Model mentions only (taxonomy ids attached where spans agree). */
        MODEL_ONLY,
        /** Model mentions, plus taxonomy mentions that overlap no model mention. */
        MODEL_FIRST,
        /** Every mention of both (the default). */
        UNION
    }

    private final TaxonomyMatcher taxonomy;
    private final SkillNameFinder model;

    public SkillRecognizer(TaxonomyMatcher taxonomy, Optional<SkillNameFinder> model) {
        this.taxonomy = taxonomy;
        this.model = model.orElse(null);
    }

    public boolean hasModel() {
        return model != null;
    }

    /** Mentions in text order; every span is an offset range into {@code text}. */
    public List<SkillMention> recognize(String text) {
        return recognize(text, Strategy.UNION);
    }

    public List<SkillMention> recognize(String text, Strategy strategy) {
        List<Token> tokens = WordTokenizer.tokenize(text);
        List<SkillMention> fromTaxonomy = taxonomy.match(text, tokens);
        if (model == null || strategy == Strategy.TAXONOMY_ONLY) {
            return fromTaxonomy;
        }
        List<SkillMention> fromModel = model.find(text, sentences(tokens, SentenceSplitter.split(text)));
        List<SkillMention> merged = new ArrayList<>(fromModel.size() + fromTaxonomy.size());
        for (SkillMention m : fromModel) {
            SkillMention same = fromTaxonomy.stream().filter(t -> t.span().equals(m.span())).findFirst().orElse(null);
            merged.add(same == null ? m : new SkillMention(m.span(), m.text(), same.skillId(), same.name(), m.type(),
                    MentionSource.BOTH, Math.min(1.0, Math.max(m.confidence(), same.confidence()) + 0.05)));
        }
        if (strategy != Strategy.MODEL_ONLY) {
            for (SkillMention t : fromTaxonomy) {
                boolean overlapsModel = fromModel.stream().anyMatch(m -> m.span().overlaps(t.span()));
                boolean sameAsModel = fromModel.stream().anyMatch(m -> m.span().equals(t.span()));
                if (!sameAsModel && (strategy == Strategy.UNION || !overlapsModel)) {
                    merged.add(t);
                }
            }
        }
        merged.sort(Comparator.comparingInt(SkillMention::start).thenComparingInt(SkillMention::end)
                .thenComparing(SkillMention::type));
        return merged;
    }

    /** The tokens of each sentence. */
    private static List<List<Token>> sentences(List<Token> tokens, List<Span> sentences) {
        List<List<Token>> out = new ArrayList<>(sentences.size());
        int t = 0;
        for (Span sentence : sentences) {
            List<Token> inSentence = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < sentence.end()) {
                if (tokens.get(t).start() >= sentence.start()) {
                    inSentence.add(tokens.get(t));
                }
                t++;
            }
            out.add(inSentence);
        }
        return out;
    }
}
