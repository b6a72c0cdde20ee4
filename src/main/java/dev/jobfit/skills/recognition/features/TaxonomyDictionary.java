package dev.jobfit.skills.recognition.features;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobfit.skills.taxonomy.Alias;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Token;
import dev.jobfit.text.WordTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.SortedSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
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

    /**
     * Dictionaries by the digest of their entries: both models of a training run carry the same three lists,
     * and each list is built into a trie once per process, not once per model. Weakly held: a dictionary no
     * model uses any more can go.
     */
    private static final Cache<String, TaxonomyDictionary> LOADED = Caffeine.newBuilder().weakValues().build();

    /** A checksum of the sorted entries, one per line ({@link #fingerprint}): what {@link #sameEntries} compares. */
    private final String digest;
    private final int size;
    /**
     * The entries as a trie over word numbers, in flat arrays: node 0 is the root, an edge is found by
     * its parent node and word in one open-addressing table, and {@code ends} marks the nodes where an
     * entry ends. The entries themselves are not kept: the serializer reads them back from the trie.
     * A third of the memory of a list of the entries and a node object with a hash map per node (the
     * ESCO skill list alone has a quarter of a million nodes).
     */
    private final Map<String, Integer> words = new HashMap<>();
    private final Edges edges;
    private final BitSet ends = new BitSet();
    private final int nodes;

    /** {@code entries} sorted and without repeats. */
    private TaxonomyDictionary(Collection<String> entries, String digest) {
        this.digest = digest;
        this.size = entries.size();
        Edges edges = new Edges(1 << 10);
        int nodes = 1;
        for (String entry : entries) {
            int node = 0;
            for (int from = 0; from <= entry.length(); ) {
                int to = entry.indexOf(' ', from);
                to = to < 0 ? entry.length() : to;
                int w = words.computeIfAbsent(entry.substring(from, to), k -> words.size());
                int child = edges.get(node, w);
                if (child < 0) {
                    child = nodes++;
                    edges = edges.put(node, w, child);
                }
                node = child;
                from = to + 1;
            }
            ends.set(node);
        }
        this.edges = edges;
        this.nodes = nodes;
    }

    /** The dictionary of {@code entries}: one already loaded with the same entries, else a new one. */
    static TaxonomyDictionary of(Collection<String> entries) {
        SortedSet<String> sorted = new TreeSet<>(entries);
        String digest = digest(sorted);
        return LOADED.get(digest, d -> new TaxonomyDictionary(sorted, d));
    }

    /**
     * The dictionary stored as {@code stored}, the serializer's form (one entry per line). What the serializer
     * writes is already the canonical form the digest is taken of: sorted, no repeats, each line ended. Then the
     * digest is that of the bytes themselves, and a dictionary already loaded with it (the other model's copy)
     * is found without reading a line; otherwise the lines are taken in their order, without sorting again.
     */
    static TaxonomyDictionary read(byte[] stored) {
        String digest = fingerprint(stored);
        TaxonomyDictionary loaded = LOADED.getIfPresent(digest);
        if (loaded != null) {
            return loaded;
        }
        String text = new String(stored, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.length() / 20);
        boolean canonical = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        for (int from = 0; from < text.length(); ) {
            int to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            String line = text.substring(from, to);
            if (line.isEmpty()) {
                canonical = false;
            } else {
                canonical &= lines.isEmpty() || lines.get(lines.size() - 1).compareTo(line) < 0;
                lines.add(line);
            }
            from = to + 1;
        }
        return canonical ? LOADED.get(digest, d -> new TaxonomyDictionary(lines, d)) : of(lines);
    }

    private static String digest(SortedSet<String> entries) {
        StringBuilder canonical = new StringBuilder(entries.size() * 24);
        for (String entry : entries) {
            canonical.append(entry).append('\n');
        }
        return fingerprint(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Length, CRC-32 and Adler-32 of the canonical form: 64 bits of checksum, computed natively at the speed
     * of memory (a cryptographic digest cost a tenth of the models' load). Dictionaries come from the
     * project's own training runs, not from an adversary, so accidental equality is all it has to rule out.
     */
    private static String fingerprint(byte[] canonical) {
        CRC32 crc = new CRC32();
        crc.update(canonical);
        Adler32 adler = new Adler32();
        adler.update(canonical);
        return canonical.length + ":" + Long.toHexString(crc.getValue()) + ":" + Long.toHexString(adler.getValue());
    }

    /** The entries, sorted, read back from the trie (a node is always numbered after its parent). */
    List<String> entries() {
        String[] wordById = new String[words.size()];
        words.forEach((word, id) -> wordById[id] = word);
        int[] parent = new int[nodes];
        int[] word = new int[nodes];
        edges.forEach((p, w, child) -> {
            parent[child] = p;
            word[child] = w;
        });
        String[] text = new String[nodes];
        List<String> entries = new ArrayList<>(size);
        for (int node = 1; node < nodes; node++) {
            text[node] = parent[node] == 0 ? wordById[word[node]] : text[parent[node]] + ' ' + wordById[word[node]];
            if (ends.get(node)) {
                entries.add(text[node]);
            }
        }
        Collections.sort(entries);
        return entries;
    }

    /** The child of {@code node} by {@code word}, or -1. */
    private int child(int node, String word) {
        Integer w = words.get(word);
        return w == null ? -1 : edges.get(node, w);
    }

    /** Edges of the trie by (parent node, word number), linear probing, at most three quarters full. */
    private static final class Edges {
        private final long[] keys; // (parent << 32 | word + 1), never 0; 0 marks a free slot
        private final int[] children;
        private final int mask;
        private int size;

        Edges(int capacity) {
            keys = new long[capacity];
            children = new int[capacity];
            mask = capacity - 1;
        }

        private static long key(int parent, int word) {
            return (long) parent << 32 | (word + 1L);
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }

        int get(int parent, int word) {
            long key = key(parent, word);
            for (int slot = slot(key); keys[slot] != 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return children[slot];
                }
            }
            return -1;
        }

        /** Adds an edge that is not there yet; returns the table to use from now on (a larger one when this filled up). */
        Edges put(int parent, int word, int child) {
            Edges table = this;
            if ((size + 1) * 4 > keys.length * 3) {
                table = new Edges(keys.length * 2);
                for (int slot = 0; slot < keys.length; slot++) {
                    if (keys[slot] != 0) {
                        table.insert(keys[slot], children[slot]);
                    }
                }
            }
            table.insert(key(parent, word), child);
            return table;
        }

        interface EdgeVisitor {
            void visit(int parent, int word, int child);
        }

        void forEach(EdgeVisitor visitor) {
            for (int slot = 0; slot < keys.length; slot++) {
                if (keys[slot] != 0) {
                    visitor.visit((int) (keys[slot] >>> 32), (int) (keys[slot] & 0xFFFFFFFFL) - 1, children[slot]);
                }
            }
        }

        private void insert(long key, int child) {
            int slot = slot(key);
            while (keys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            children[slot] = child;
            size++;
        }
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
        names.forEach((name, list) -> {
            SortedSet<String> sorted = new TreeSet<>(list);
            dictionaries.put(name, new TaxonomyDictionary(sorted, digest(sorted)));
        });
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
        return size;
    }

    /** Whether both hold the same names. */
    public boolean sameEntries(TaxonomyDictionary other) {
        return this == other || digest.equals(other.digest);
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
            int node = 0;
            int last = -1;
            for (int j = i; j < lowerCased.length && j - i < MAX_TOKENS; j++) {
                node = child(node, lowerCased[j]);
                if (node < 0) {
                    break;
                }
                if (ends.get(node)) {
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
            // Not closed: OpenNLP reads every artifact from the one stream of the model file, which ends with the entry.
            return TaxonomyDictionary.read(in.readAllBytes());
        }

        @Override
        public void serialize(TaxonomyDictionary dictionary, OutputStream out) throws IOException {
            List<String> entries = dictionary.entries();
            StringBuilder text = new StringBuilder(entries.size() * 24);
            for (String entry : entries) {
                text.append(entry).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
