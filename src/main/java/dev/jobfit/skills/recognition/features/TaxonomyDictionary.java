package dev.jobfit.skills.recognition.features;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobfit.skills.taxonomy.Alias;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A list of skill names as lower-cased token sequences, for the name finders' dictionary features.
 * It is stored inside each trained model (an OpenNLP artifact with its own serializer), so a model
 * decodes exactly as it was trained even after the taxonomy changes. The lookup structure is built once
 * when the model is loaded and then shared, immutable, by every decoder made from that model.
 */
public final class TaxonomyDictionary implements SerializableArtifact {

    /** Model resource names of the three dictionaries, as the feature XML refers to them. */
    public static final String KNOWLEDGE = "taxonomy-knowledge.skilldict";
    public static final String SKILL = "taxonomy-skill.skilldict";
    public static final String TOOLS = "taxonomy-tools.skilldict";

    /** Longer names are descriptions rather than names; the matcher ignores them too. */
    private static final int MAX_TOKENS = 10;

    /** A trie node: the next words (null at a leaf, as most nodes are), and whether a name ends here. */
    private static final class Node {
        private Map<String, Node> next;
        private boolean end;

        Node child(String word) {
            return next == null ? null : next.get(word);
        }

        Node add(String word) {
            if (next == null) {
                next = new HashMap<>(2);
            }
            return next.computeIfAbsent(word, w -> new Node());
        }
    }

    /**
     * Dictionaries by their entries: both models of a training run carry the same three lists, and each list
     * is built into a trie once per process, not once per model. Weakly held: a dictionary no model uses
     * any more can go.
     */
    private static final Cache<List<String>, TaxonomyDictionary> LOADED = Caffeine.newBuilder().weakValues().build();

    private final List<String> entries;
    private final Node root = new Node();

    private TaxonomyDictionary(Collection<String> entries) {
        this.entries = List.copyOf(new TreeSet<>(entries)); // sorted: the same taxonomy gives the same bytes
        Map<String, String> words = new HashMap<>(); // one String per distinct word, however many names use it
        for (String entry : this.entries) {
            Node node = root;
            for (String word : entry.split(" ")) {
                node = node.add(words.computeIfAbsent(word, w -> w));
            }
            node.end = true;
        }
    }

    /** The dictionary of {@code entries}: one already loaded with the same entries, else a new one. */
    static TaxonomyDictionary of(Collection<String> entries) {
        List<String> sorted = List.copyOf(new TreeSet<>(entries));
        return LOADED.get(sorted, TaxonomyDictionary::new);
    }

    /**
     * The three dictionaries built from the taxonomy's matchable entries (categories excluded), keyed by
     * resource name: knowledge names, skill/competence names, and O*NET tool names. The O*NET list is
     * kept apart because SkillSpan marks tools as KNOWLEDGE far more reliably than ESCO's broad knowledge
     * areas, so the model should be able to weigh them differently; an entry merged from ESCO and O*NET
     * is in both of its lists.
     */
    public static Map<String, TaxonomyDictionary> fromTaxonomy(SkillTaxonomy taxonomy) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put(KNOWLEDGE, new ArrayList<>());
        names.put(SKILL, new ArrayList<>());
        names.put(TOOLS, new ArrayList<>());
        for (Skill skill : taxonomy.all()) {
            if (skill.category()) {
                continue;
            }
            boolean onet = skill.source().contains("onet");
            boolean onetOnly = onet && skill.source().equals("onet");
            for (Alias alias : skill.aliases()) {
                String entry = entry(alias.text());
                if (entry == null) {
                    continue;
                }
                if (!onetOnly) {
                    names.get(skill.type() == SkillType.KNOWLEDGE ? KNOWLEDGE : SKILL).add(entry);
                }
                if (onet) {
                    names.get(TOOLS).add(entry);
                }
            }
        }
        Map<String, TaxonomyDictionary> dictionaries = new LinkedHashMap<>();
        names.forEach((name, list) -> dictionaries.put(name, new TaxonomyDictionary(list)));
        return dictionaries;
    }

    /** A name as the service's tokenizer splits it, lower-cased; null when it has no or too many words. */
    static String entry(String name) {
        List<Token> tokens = WordTokenizer.tokenize(name);
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            return null;
        }
        StringBuilder entry = new StringBuilder();
        for (Token token : tokens) {
            if (!entry.isEmpty()) {
                entry.append(' ');
            }
            entry.append(token.text().toLowerCase(Locale.ROOT));
        }
        return entry.toString();
    }

    public int size() {
        return entries.size();
    }

    /** Whether both hold the same names. */
    public boolean sameEntries(TaxonomyDictionary other) {
        return this == other || entries.equals(other.entries);
    }

    /**
     * Marks the longest dictionary matches, left to right and not overlapping: {@code 'U'} for a
     * one-word match, {@code 'B'} and {@code 'I'} for the first and later words of a longer one,
     * {@code 0} outside any match. {@code lowerCased} are the sentence's tokens, lower-cased.
     */
    public char[] tag(String[] lowerCased) {
        char[] tags = new char[lowerCased.length];
        int i = 0;
        while (i < lowerCased.length) {
            Node node = root;
            int last = -1;
            for (int j = i; j < lowerCased.length && j - i < MAX_TOKENS; j++) {
                node = node.child(lowerCased[j]);
                if (node == null) {
                    break;
                }
                if (node.end) {
                    last = j;
                }
            }
            if (last < 0) {
                i++;
                continue;
            }
            tags[i] = last == i ? 'U' : 'B';
            for (int k = i + 1; k <= last; k++) {
                tags[k] = 'I';
            }
            i = last + 1;
        }
        return tags;
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** One entry per line, UTF-8. Public with a no-argument constructor: OpenNLP instantiates it by name. */
    public static final class Serializer implements ArtifactSerializer<TaxonomyDictionary> {

        @Override
        public TaxonomyDictionary create(InputStream in) throws IOException {
            // Not closed: OpenNLP reads every artifact from the one stream of the model file.
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    entries.add(line);
                }
            }
            return TaxonomyDictionary.of(entries);
        }

        @Override
        public void serialize(TaxonomyDictionary dictionary, OutputStream out) throws IOException {
            StringBuilder text = new StringBuilder(dictionary.entries.size() * 24);
            for (String entry : dictionary.entries) {
                text.append(entry).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
