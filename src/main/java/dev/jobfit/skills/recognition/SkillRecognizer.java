package dev.jobfit.skills.recognition;

import dev.jobfit.skills.taxonomy.SkillType;
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
 * model's type. By default ({@link Strategy#UNION_PHRASES}) every model mention is kept, and taxonomy
 * mentions are added where the model found nothing overlapping, or where they are of several words
 * ("machine learning" inside a model's "machine learning pipelines"); a one-word taxonomy match inside
 * a model span ("Python" in "Python programming") is left out, because SkillSpan annotators mark the
 * whole phrase. That had the best mean KNOWLEDGE/SKILL F1 in 3-fold cross-validation on the SkillSpan
 * training split, though only just ahead of UNION.
 *
 * <p>Whatever the strategy, a taxonomy KNOWLEDGE mention that no model mention has the same span as is kept
 * only if it is written as a name ("C", "iOS") or its words were, in the SkillSpan training split, often enough
 * exactly an annotated span of its type ({@link TaxonomyPrecision}): "design" or "communication" are
 * matched often but rarely annotated on their own. In 3-fold cross-validation (±3 word window models)
 * that raised KNOWLEDGE F1 of UNION from 0.450 to 0.462 (precision 0.436 to 0.470, recall 0.464 to
 * 0.454) and left SKILL as it was (0.346 to 0.345); judging names too gave 0.468 but dropped "C",
 * "Android" and "iOS", which matching needs. Without a model every taxonomy mention is kept.
 * Immutable and thread-safe.
 */
public final class SkillRecognizer {

    /**
     * How taxonomy and model mentions are combined: model mentions are always kept; the strategy says
     * which taxonomy mentions are added. "Overlapping" means overlapping a model mention of either type.
     */
    public enum Strategy {
        /** Taxonomy matches only. */
        TAXONOMY_ONLY,
        /** Model mentions only (taxonomy ids attached where spans agree). */
        MODEL_ONLY,
        /** Model mentions, plus taxonomy mentions that overlap no model mention. */
        MODEL_FIRST,
        /** Every mention of both. */
        UNION,
        /** Model mentions, plus taxonomy KNOWLEDGE mentions that overlap no model mention. */
        MODEL_FIRST_KNOWLEDGE,
        /**
         * Model mentions, plus taxonomy KNOWLEDGE mentions that overlap no model mention or are of
         * several words ("machine learning" inside a model's "machine learning pipelines").
         */
        UNION_KNOWLEDGE_PHRASES,
        /**
         * Model mentions, plus taxonomy mentions of either type that overlap no model mention or are of
         * several words (the default).
         */
        UNION_PHRASES;

        boolean adds(SkillMention fromTaxonomy, boolean overlapsModel) {
            return switch (this) {
                case TAXONOMY_ONLY, MODEL_ONLY -> false;
                case UNION -> true;
                case MODEL_FIRST -> !overlapsModel;
                case MODEL_FIRST_KNOWLEDGE -> fromTaxonomy.type() == SkillType.KNOWLEDGE && !overlapsModel;
                case UNION_KNOWLEDGE_PHRASES -> fromTaxonomy.type() == SkillType.KNOWLEDGE
                        && (!overlapsModel || isPhrase(fromTaxonomy));
                case UNION_PHRASES -> !overlapsModel || isPhrase(fromTaxonomy);
            };
        }

        private static boolean isPhrase(SkillMention mention) {
            return WordTokenizer.tokenize(mention.text()).stream().filter(Token::isWord).count() > 1;
        }
    }

    /**
     * The service's strategy. UNION_PHRASES scored 0.001-0.003 higher in cross-validation, within
     * noise, but drops one-word taxonomy matches inside model spans ("Python" in "Python programming"),
     * and matching needs those taxonomy ids.
     */
    public static final Strategy DEFAULT = Strategy.UNION;

    private final TaxonomyMatcher taxonomy;
    private final SkillNameFinder model;
    private final TaxonomyPrecision precision;

    /** With the shipped taxonomy precision statistics ({@link TaxonomyPrecision#loadShipped()}). */
    public SkillRecognizer(TaxonomyMatcher taxonomy, Optional<SkillNameFinder> model) {
        this(taxonomy, model, model.isPresent() ? TaxonomyPrecision.loadShipped() : TaxonomyPrecision.NONE);
    }

    /**
     * @param precision which taxonomy mentions are kept where no model mention has the same span (all
     *     taxonomy mentions are kept when there is no model or the strategy is TAXONOMY_ONLY)
     */
    public SkillRecognizer(TaxonomyMatcher taxonomy, Optional<SkillNameFinder> model, TaxonomyPrecision precision) {
        this.taxonomy = taxonomy;
        this.model = model.orElse(null);
        this.precision = precision;
    }

    public boolean hasModel() {
        return model != null;
    }

    /** Mentions in text order; every span is an offset range into {@code text}. */
    public List<SkillMention> recognize(String text) {
        return recognize(text, DEFAULT);
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
        for (SkillMention t : fromTaxonomy) {
            boolean sameAsModel = fromModel.stream().anyMatch(m -> m.span().equals(t.span()));
            if (!sameAsModel && strategy.adds(t, fromModel.stream().anyMatch(m -> m.span().overlaps(t.span())))
                    && precision.keeps(t)) {
                merged.add(t);
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
