package dev.jobfit.skills.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skill taxonomy in memory: skills by id, their children, and name/alias autocomplete. Immutable
 * and thread-safe once built.
 */
public final class SkillTaxonomy {

    private final Map<String, Skill> byId;
    private final Map<String, List<String>> children;
    /** Sorted lower-cased keys for prefix search; {@link #keySkill} and {@link #keyRank} run parallel. */
    private final String[] keys;
    private final Skill[] keySkill;
    private final byte[] keyRank;

    private static final byte RANK_NAME = 0;
    private static final byte RANK_ALIAS = 1;
    private static final byte RANK_INNER_WORD = 2;

    public SkillTaxonomy(Collection<Skill> skills) {
        Map<String, Skill> ids = new HashMap<>(skills.size() * 2);
        Map<String, List<String>> kids = new HashMap<>();
        for (Skill skill : skills) {
            if (ids.put(skill.id(), skill) != null) {
                throw new IllegalArgumentException("duplicate skill id " + skill.id());
            }
        }
        for (Skill skill : skills) {
            for (String parent : skill.parents()) {
                if (ids.containsKey(parent)) {
                    kids.computeIfAbsent(parent, p -> new ArrayList<>()).add(skill.id());
                }
            }
        }
        kids.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        this.byId = Map.copyOf(ids);
        this.children = Map.copyOf(kids);

        List<KeyEntry> entries = new ArrayList<>(skills.size() * 6);
        for (Skill skill : skills) {
            String name = skill.name().toLowerCase(Locale.ROOT);
            entries.add(new KeyEntry(name, skill, RANK_NAME));
            for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
                entries.add(new KeyEntry(name.substring(i + 1), skill, RANK_INNER_WORD));
            }
            for (Alias alias : skill.aliases()) {
                String key = alias.text().toLowerCase(Locale.ROOT);
                if (!key.equals(name)) {
                    entries.add(new KeyEntry(key, skill, RANK_ALIAS));
                }
            }
        }
        entries.sort(null); // natural order: a comparator made of lambdas sorted three times slower at start-up
        this.keys = new String[entries.size()];
        this.keySkill = new Skill[entries.size()];
        this.keyRank = new byte[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            keys[i] = entries.get(i).key;
            keySkill[i] = entries.get(i).skill;
            keyRank[i] = entries.get(i).rank;
        }
    }

    private record KeyEntry(String key, Skill skill, byte rank) implements Comparable<KeyEntry> {

        @Override
        public int compareTo(KeyEntry other) {
            return key.compareTo(other.key);
        }
    }

    /** The taxonomy shipped with the service. */
    public static SkillTaxonomy load() {
        try (InputStream in = SkillTaxonomy.class.getResourceAsStream(TaxonomyFile.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy resource " + TaxonomyFile.RESOURCE + " is missing");
            }
            return new SkillTaxonomy(TaxonomyFile.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Skill> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Skill get(String id) {
        Skill skill = byId.get(id);
        if (skill == null) {
            throw new IllegalArgumentException("unknown skill " + id);
        }
        return skill;
    }

    public Collection<Skill> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    public List<String> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** Parents, their parents and so on, nearest first, without repeats. */
    public List<String> ancestors(String id) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> frontier = List.of(id);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String current : frontier) {
                Skill skill = byId.get(current);
                if (skill == null) {
                    continue;
                }
                for (String parent : skill.parents()) {
                    if (!parent.equals(id) && seen.add(parent)) {
                        next.add(parent);
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(seen);
    }

    /**
     * Skills whose name, alias or a later word of the name starts with {@code query} (any case), best
     * first: exact matches, then matches of the preferred name, of an alias, of an inner word; concrete
     * skills before categories; shorter names first.
     */
    public List<Skill> autocomplete(String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        int from = Arrays.binarySearch(keys, q);
        if (from < 0) {
            from = -from - 1;
        }
        while (from > 0 && keys[from - 1].equals(q)) {
            from--;
        }
        Map<String, Candidate> best = new HashMap<>();
        for (int i = from; i < keys.length && keys[i].startsWith(q); i++) {
            Skill skill = keySkill[i];
            int score = (keys[i].length() == q.length() ? 0 : 10) + keyRank[i] * 2 + (skill.category() ? 1 : 0);
            best.merge(skill.id(), new Candidate(skill, score), (a, b) -> a.score <= b.score ? a : b);
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::score)
                        .thenComparingInt(c -> c.skill.name().length())
                        .thenComparing(c -> c.skill.id()))
                .limit(limit)
                .map(Candidate::skill)
                .toList();
    }

    private record Candidate(Skill skill, int score) {
    }
}
