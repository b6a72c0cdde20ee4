package dev.jobfit.skills.relatedness;

import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Partial credit between skills, from the taxonomy's hierarchy, with fixed and documented weights
 * (README, "Skill relatedness"):
 *
 * <table>
 *   <caption>Weights</caption>
 *   <tr><th>relation</th><th>weight</th><th>example (required, offered)</th></tr>
 *   <tr><td>SAME</td><td>1.0</td><td>PyTorch, pytorch</td></tr>
 *   <tr><td>NARROWER, 1 step</td><td>0.8</td><td>deep learning frameworks, PyTorch</td></tr>
 *   <tr><td>NARROWER, 2 steps</td><td>0.65</td><td>deep learning, PyTorch</td></tr>
 *   <tr><td>NARROWER, 3 steps</td><td>0.5</td><td></td></tr>
 *   <tr><td>SIBLING</td><td>0.5</td><td>TensorFlow, PyTorch (both deep learning frameworks)</td></tr>
 *   <tr><td>BROADER, 1 step</td><td>0.3</td><td>PyTorch, deep learning frameworks</td></tr>
 *   <tr><td>BROADER, 2 steps</td><td>0.2</td><td>PyTorch, deep learning</td></tr>
 *   <tr><td>UNRELATED</td><td>0</td><td></td></tr>
 * </table>
 *
 * A narrower skill shows the required one in practice, so it earns most of the credit; a broader one
 * only shows the field. Siblings count only under a small parent (at most {@value #MAX_SIBLING_GROUP}
 * members): sharing a huge bucket such as "programming computer systems" says little. The best relation
 * wins. Thread-safe.
 */
public final class SkillRelatedness {

    static final double[] NARROWER_WEIGHTS = {0.8, 0.65, 0.5};
    static final double[] BROADER_WEIGHTS = {0.3, 0.2};
    static final double SIBLING_WEIGHT = 0.5;
    static final int MAX_SIBLING_GROUP = 40;

    private static final int MAX_DEPTH = Math.max(NARROWER_WEIGHTS.length, BROADER_WEIGHTS.length);

    private final SkillTaxonomy taxonomy;
    /** Relatives of this many skills are kept: a broad category has thousands of descendants. */
    static final long MAX_RELATIVES = 300_000;
    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    /** Skill names as compared, by name as written: model-only skills are compared by these. */
    private static final Cache<String, String> SURFACE = Caffeine.newBuilder().maximumSize(50_000).build();

    /** Every relative of a required skill, worked out once per skill, a bounded number of them kept. */
    private final Cache<String, Relatives> relatives = Caffeine.newBuilder()
            .maximumWeight(MAX_RELATIVES).weigher((String id, Relatives r) -> r.size() + 1).build();
    /** Ancestors by distance, worked out once per skill: the taxonomy never changes. */
    private final Map<String, List<Set<String>>> ancestry = new ConcurrentHashMap<>();

    public SkillRelatedness(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Credit for skills outside the taxonomy (model-only mentions): the same words count fully. */
    public static Relatedness ofSurfaceForms(String required, String offered) {
        if (required.equalsIgnoreCase(offered)) {
            return Relatedness.SAME;
        }
        return normalise(required).equals(normalise(offered)) ? Relatedness.SAME : Relatedness.UNRELATED;
    }

    /** The relation of two taxonomy skills: one lookup in the required skill's relatives. */
    public Relatedness of(String requiredId, String offeredId) {
        return relatives(requiredId).of(offeredId);
    }

    /** Every skill with some credit for one required skill: to look up many offered skills against it. */
    public Relatives relatives(String requiredId) {
        return relatives.get(requiredId, this::relativesOf);
    }

    /** The skills related to one required skill, and how. */
    public static final class Relatives {
        private final String requiredId;
        private final Map<String, Relatedness> related;

        Relatives(String requiredId, Map<String, Relatedness> related) {
            this.requiredId = requiredId;
            this.related = related;
        }

        /** How much {@code offeredId} counts for the required skill. */
        public Relatedness of(String offeredId) {
            return requiredId.equals(offeredId) ? Relatedness.SAME : related.getOrDefault(offeredId, Relatedness.UNRELATED);
        }

        int size() {
            return related.size();
        }
    }

    /**
     * Every skill with some credit for {@code requiredId}, and that credit: its descendants (NARROWER, by the
     * shortest distance), its ancestors (BROADER, unless a descendant's weight is higher) and the other members
     * of its small parents (SIBLING, under the first such parent, unless a weight of at least
     * {@value #SIBLING_WEIGHT} is there already), so the best relation wins as in the table above. Worked out
     * once per required skill instead of once per pair (SkillRelatednessEquivalenceTest checks it against a
     * pair-by-pair walk of the ancestors).
     */
    private Relatives relativesOf(String requiredId) {
        Map<String, Relatedness> relatives = new HashMap<>();
        Set<String> seen = new HashSet<>(Set.of(requiredId));
        List<String> frontier = List.of(requiredId);
        for (int depth = 0; depth < NARROWER_WEIGHTS.length && !frontier.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String node : frontier) {
                for (String child : taxonomy.children(node)) {
                    if (seen.add(child)) {
                        next.add(child);
                        relatives.put(child, new Relatedness(Relation.NARROWER, NARROWER_WEIGHTS[depth], requiredId, depth + 1));
                    }
                }
            }
            frontier = next;
        }
        List<Set<String>> levels = levels(requiredId);
        for (int depth = 0; depth < Math.min(BROADER_WEIGHTS.length, levels.size()); depth++) {
            for (String ancestor : levels.get(depth)) {
                if (ancestor.equals(requiredId)) {
                    continue;
                }
                Relatedness known = relatives.get(ancestor);
                if (known == null || BROADER_WEIGHTS[depth] > known.weight()) {
                    relatives.put(ancestor, new Relatedness(Relation.BROADER, BROADER_WEIGHTS[depth], ancestor, depth + 1));
                }
            }
        }
        if (!levels.isEmpty()) {
            for (String parent : levels.get(0)) {
                List<String> members = taxonomy.children(parent);
                if (members.size() > MAX_SIBLING_GROUP) {
                    continue;
                }
                for (String sibling : members) {
                    Relatedness known = relatives.get(sibling);
                    if (!sibling.equals(requiredId) && (known == null || known.weight() < SIBLING_WEIGHT)) {
                        relatives.put(sibling, new Relatedness(Relation.SIBLING, SIBLING_WEIGHT, parent, 1));
                    }
                }
            }
        }
        return new Relatives(requiredId, Map.copyOf(relatives));
    }

    /**
     * The required skills an offered one earns NARROWER credit (or more) for through the
     * hierarchy alone: itself (1.0) and its ancestors as far as a NARROWER weight reaches, each with its
     * best weight. What the recall stage of ranking indexes for a resume's skill.
     */
    public Map<String, Double> credits(String offeredId) {
        Map<String, Double> credits = new LinkedHashMap<>();
        credits.put(offeredId, Relatedness.SAME.weight());
        List<Set<String>> levels = levels(offeredId);
        for (int depth = 0; depth < Math.min(NARROWER_WEIGHTS.length, levels.size()); depth++) {
            for (String ancestor : levels.get(depth)) {
                credits.merge(ancestor, NARROWER_WEIGHTS[depth], Math::max);
            }
        }
        return credits;
    }

    /**
     * The parents of a skill under which a sibling earns credit: those with at most
     * {@value #MAX_SIBLING_GROUP} members.
     */
    public List<String> siblingParents(String id) {
        List<Set<String>> levels = levels(id);
        if (levels.isEmpty()) {
            return List.of();
        }
        return levels.get(0).stream().filter(parent -> taxonomy.children(parent).size() <= MAX_SIBLING_GROUP).toList();
    }

    /** Ancestors of a skill by distance: parents, grandparents, ... up to the deepest level any weight reaches. */
    private List<Set<String>> levels(String id) {
        List<Set<String>> known = ancestry.get(id); // a plain get first: computeIfAbsent may lock on a hit
        return known != null ? known : ancestry.computeIfAbsent(id, this::ancestors);
    }

    private List<Set<String>> ancestors(String id) {
        List<Set<String>> levels = new ArrayList<>(MAX_DEPTH);
        Set<String> current = Set.of(id);
        for (int d = 0; d < MAX_DEPTH; d++) {
            Set<String> next = new LinkedHashSet<>();
            for (String c : current) {
                taxonomy.find(c).ifPresent(skill -> next.addAll(skill.parents()));
            }
            if (next.isEmpty()) {
                break;
            }
            levels.add(Collections.unmodifiableSet(next)); // keeps the taxonomy's order: messages name the first shared parent
            current = next;
        }
        return List.copyOf(levels);
    }

    private static String normalise(String text) {
        return SURFACE.get(text,
                t -> NOT_A_NAME_CHARACTER.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
    }
}
