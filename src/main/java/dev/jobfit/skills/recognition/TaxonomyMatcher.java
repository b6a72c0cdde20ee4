package dev.jobfit.skills.recognition;

import dev.jobfit.skills.taxonomy.Alias;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Finds taxonomy names and aliases in text: longest match first over word tokens, where each word may
 * also match in a base form ("neural networks" meets "neural network"). Aliases marked case-sensitive
 * must match their casing; aliases marked as needing context ("Go", "R", "Spark") only count near other
 * technical mentions or cue words, so "Java" the island and "spark creativity" are not skills.
 * Immutable and thread-safe.
 */
public final class TaxonomyMatcher {

    static final int MAX_ALIAS_TOKENS = 10;
    /** How many tokens either side of an ambiguous alias are searched for technical context. */
    static final int CONTEXT_WINDOW = 8;

    /** Words that make an ambiguous name technical: "Go programming", "experience with Spark". */
    private static final Set<String> CUE_WORDS = Set.of(
            "programming", "language", "languages", "framework", "frameworks", "library", "libraries",
            "developer", "developers", "development", "engineer", "engineers", "engineering", "software",
            "coding", "code", "scripting", "stack", "tech", "technologies", "technology", "tools", "tooling",
            "proficiency", "proficient", "fluency", "fluent", "experience", "experienced", "expertise",
            "skills", "knowledge", "familiarity", "familiar", "backend", "frontend", "api", "apis", "sdk",
            "cluster", "clusters", "pipelines", "data", "jobs", "queries", "scripts", "statistical");

    /**
     * What a lower-cased key leads to: the preferred alias of those written so (null skill when the key is
     * only the start of longer aliases), and whether longer aliases continue it.
     */
    private record Target(Skill skill, Alias alias, String exactForm, int tokens, boolean isName, boolean continues) {

        static final Target PREFIX_ONLY = new Target(null, null, null, 0, false, true);

        Target continued() {
            return new Target(skill, alias, exactForm, tokens, isName, true);
        }
    }

    /** An accepted match before it becomes a mention. */
    private record Match(int firstToken, int lastToken, Target target) {
    }

    /** Every alias key and every start of a longer one, in one map: one lookup per word form. */
    private final Map<String, Target> keys;

    /**
     * Which alias a key means when several are written alike: curated entries first (they exist to settle
     * such clashes: "Spark" is Apache Spark, not ESCO's SPARK language), then the entry the alias names,
     * knowledge, then by id; among equals the first one read.
     */
    private static final Comparator<Target> PREFERENCE = Comparator
            .<Target, Boolean>comparing(t -> !t.skill.source().startsWith("curated"))
            .thenComparing(t -> !t.isName)
            .thenComparing(t -> t.skill.type() != SkillType.KNOWLEDGE)
            .thenComparing(t -> t.skill.id());

    /** Two entries of one key: the preferred alias (or the one alias), continued when either is. */
    private static final BinaryOperator<Target> MERGE = (a, b) -> {
        Target kept = a.skill == null ? b : b.skill == null ? a : PREFERENCE.compare(b, a) < 0 ? b : a;
        return (a.continues || b.continues) && !kept.continues ? kept.continued() : kept;
    };

    public TaxonomyMatcher(SkillTaxonomy taxonomy) {
        int aliases = 0;
        for (Skill skill : taxonomy.all()) {
            aliases += skill.aliases().size();
        }
        // Fewer than two keys per alias (the alias and the starts of longer ones, many shared): sized once, never rehashed.
        Map<String, Target> keys = new HashMap<>(aliases * 8 / 3 + 16);
        for (Skill skill : taxonomy.all()) {
            if (skill.category()) {
                continue;
            }
            String nameKey = null;
            for (Alias alias : skill.aliases()) {
                List<Token> tokens = WordTokenizer.tokenize(alias.text());
                boolean isNameText = alias.text().equals(skill.name());
                if (tokens.isEmpty() || tokens.size() > MAX_ALIAS_TOKENS) {
                    if (isNameText) {
                        nameKey = key(tokens);
                    }
                    continue;
                }
                // The alias's own String where the key or exact form is written as it is (most ESCO aliases).
                String key = shared(key(tokens), alias.text());
                if (nameKey == null) {
                    // The name is the first alias; a name that is no alias is tokenized on its own.
                    nameKey = isNameText ? key : key(WordTokenizer.tokenize(skill.name()));
                }
                String exact = shared(exact(tokens), alias.text());
                keys.merge(key, new Target(skill, alias, exact, tokens.size(), key.equals(nameKey), false), MERGE);
                if (tokens.size() > 1) {
                    StringBuilder prefix = new StringBuilder(key.length());
                    for (int i = 0; i < tokens.size() - 1; i++) {
                        if (i > 0) {
                            prefix.append(' ');
                        }
                        prefix.append(tokens.get(i).text().toLowerCase(Locale.ROOT));
                        keys.merge(prefix.toString(), Target.PREFIX_ONLY, MERGE);
                    }
                }
            }
        }
        this.keys = keys;
    }

    /** Taxonomy mentions in {@code text}, in text order, not overlapping. */
    public List<SkillMention> match(String text) {
        return match(text, WordTokenizer.tokenize(text));
    }

    public List<SkillMention> match(String text, List<Token> tokens) {
        List<String> lower = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            lower.add(token.text().toLowerCase(Locale.ROOT));
        }
        List<Match> accepted = new ArrayList<>();
        List<Match> pendingContext = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).isWord()) {
                i++;
                continue;
            }
            List<Match> candidates = new ArrayList<>();
            collect(tokens, lower, i, i, "", candidates);
            candidates.sort(Comparator.comparingInt((Match m) -> m.lastToken).reversed());
            Match chosen = null;
            for (Match candidate : candidates) {
                if (candidate.target.alias.caseSensitive() && !exactMatches(tokens, candidate)) {
                    continue;
                }
                chosen = candidate;
                break;
            }
            if (chosen == null) {
                i++;
                continue;
            }
            (chosen.target.alias.needsContext() ? pendingContext : accepted).add(chosen);
            i = chosen.lastToken + 1;
        }
        for (Match ambiguous : pendingContext) {
            if (hasTechnicalContext(ambiguous, accepted, pendingContext, lower)) {
                accepted.add(ambiguous);
            }
        }
        accepted.sort(Comparator.comparingInt(Match::firstToken));
        List<SkillMention> mentions = new ArrayList<>(accepted.size());
        for (Match m : accepted) {
            int start = tokens.get(m.firstToken).start();
            int end = tokens.get(m.lastToken).end();
            Skill skill = m.target.skill;
            double confidence = m.target.alias.needsContext() ? 0.7 : (m.target.tokens > 1 || m.target.isName ? 0.95 : 0.85);
            mentions.add(new SkillMention(new Span(start, end), text.substring(start, end), skill.id(), skill.name(),
                    skill.type(), MentionSource.TAXONOMY, confidence));
        }
        return mentions;
    }

    /** Every alias that starts at {@code first} and continues through {@code current}, in any word form. */
    private void collect(List<Token> tokens, List<String> lower, int first, int current, String keySoFar,
                         List<Match> out) {
        if (current >= tokens.size() || current - first >= MAX_ALIAS_TOKENS) {
            return;
        }
        for (String form : WordForms.of(lower.get(current))) {
            String key = keySoFar.isEmpty() ? form : keySoFar + ' ' + form;
            Target target = keys.get(key);
            if (target == null) {
                continue;
            }
            if (target.skill != null) {
                out.add(new Match(first, current, target));
            }
            if (target.continues) {
                collect(tokens, lower, first, current + 1, key, out);
            }
        }
    }

    private static boolean exactMatches(List<Token> tokens, Match match) {
        StringBuilder written = new StringBuilder();
        for (int i = match.firstToken; i <= match.lastToken; i++) {
            if (i > match.firstToken) {
                written.append(' ');
            }
            written.append(tokens.get(i).text());
        }
        return written.toString().equals(match.target.exactForm);
    }

    /**
     * A name ("Go", "Java") counts near another technology or a cue word; a lower-case alias that is
     * ordinary vocabulary ("data", "planning", "pandas") only as an item of a list of technologies.
     */
    private static boolean hasTechnicalContext(Match ambiguous, List<Match> accepted, List<Match> others,
                                               List<String> lower) {
        if (ambiguous.target.exactForm.equals(ambiguous.target.exactForm.toLowerCase(Locale.ROOT))) {
            return isListItem(ambiguous, accepted, lower);
        }
        int from = ambiguous.firstToken - CONTEXT_WINDOW;
        int to = ambiguous.lastToken + CONTEXT_WINDOW;
        for (Match m : accepted) {
            if (m.lastToken >= from && m.firstToken <= to && m.target.skill.type() == SkillType.KNOWLEDGE) {
                return true;
            }
        }
        int listNeighbours = 0; // "Go, Rust or C": ambiguous names that vouch for each other in a list
        for (Match m : others) {
            if (m != ambiguous && m.lastToken >= from && m.firstToken <= to
                    && m.target.skill.type() == SkillType.KNOWLEDGE) {
                listNeighbours++;
            }
        }
        if (listNeighbours >= 2) {
            return true;
        }
        for (int i = Math.max(0, from); i <= Math.min(lower.size() - 1, to); i++) {
            if ((i < ambiguous.firstToken || i > ambiguous.lastToken) && CUE_WORDS.contains(lower.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LIST_SEPARATORS = Set.of(",", "/", ";", "and", "or", "&", "(", ")", "|");

    /** Whether another accepted technology sits next to the match, separated only by list punctuation. */
    private static boolean isListItem(Match match, List<Match> accepted, List<String> lower) {
        for (Match other : accepted) {
            if (other.target.skill.type() != SkillType.KNOWLEDGE) {
                continue;
            }
            int gapFrom = other.lastToken < match.firstToken ? other.lastToken + 1 : match.lastToken + 1;
            int gapTo = other.lastToken < match.firstToken ? match.firstToken - 1 : other.firstToken - 1;
            if (gapTo < gapFrom - 1 || gapTo - gapFrom >= 2) {
                continue;
            }
            boolean separatorsOnly = gapTo >= gapFrom;
            for (int i = gapFrom; i <= gapTo; i++) {
                separatorsOnly &= LIST_SEPARATORS.contains(lower.get(i));
            }
            if (separatorsOnly) {
                return true;
            }
        }
        return false;
    }

    private static String key(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token token : tokens) {
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(token.text().toLowerCase(Locale.ROOT));
        }
        return key.toString();
    }

    private static String shared(String built, String text) {
        return built.equals(text) ? text : built;
    }

    private static String exact(List<Token> tokens) {
        StringBuilder exact = new StringBuilder();
        for (Token token : tokens) {
            if (!exact.isEmpty()) {
                exact.append(' ');
            }
            exact.append(token.text());
        }
        return exact.toString();
    }
}
