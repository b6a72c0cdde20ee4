package dev.jobfit.skills.recognition.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The name finders' dictionary: longest-match tagging, and its entries written back byte for byte. */
class TaxonomyDictionaryTest {

    private static final String MODEL = "/skills/skill-ner-knowledge.bin";

    private static String tags(TaxonomyDictionary dictionary, String sentence) {
        char[] tags = dictionary.tag(sentence.split(" "));
        StringBuilder out = new StringBuilder();
        for (char tag : tags) {
            out.append(tag == 0 ? 'O' : tag);
        }
        return out.toString();
    }

    @Test
    void marksTheLongestMatchesLeftToRightWithoutOverlap() {
        TaxonomyDictionary dictionary = TaxonomyDictionary.of(List.of(
                "machine learning", "machine learning engineering", "learning", "python", "deep learning", "sql"));
        assertThat(tags(dictionary, "python and machine learning")).isEqualTo("UOBI");
        assertThat(tags(dictionary, "machine learning engineering skills")).isEqualTo("BIIO");
        assertThat(tags(dictionary, "machine learning deep learning")).isEqualTo("BIBI");
        assertThat(tags(dictionary, "machine vision")).isEqualTo("OO"); // a prefix alone is no match
        assertThat(tags(dictionary, "learning sql")).isEqualTo("UU");
        assertThat(dictionary.size()).isEqualTo(6);
    }

    @Test
    void sameEntriesInAnyOrderAreOneDictionary() {
        TaxonomyDictionary a = TaxonomyDictionary.of(List.of("python", "sql", "deep learning"));
        TaxonomyDictionary b = TaxonomyDictionary.of(List.of("deep learning", "sql", "python", "sql"));
        TaxonomyDictionary c = TaxonomyDictionary.of(List.of("deep learning", "sql"));
        assertThat(a.sameEntries(b)).isTrue();
        assertThat(a.sameEntries(c)).isFalse();
        assertThat(a.entries()).containsExactly("deep learning", "python", "sql");
    }

    /**
     * Stored entries are usually in the serializer's canonical form, whose lines are taken as they are; any other
     * form (unsorted, repeated, blank lines, no final line end) is sorted first. Both give the same dictionary,
     * and reading it again finds the one already loaded.
     */
    @Test
    void readsCanonicalAndOtherFormsAsTheSameDictionary() throws IOException {
        byte[] canonical = "deep learning\npython\nsql\n".getBytes(StandardCharsets.UTF_8);
        byte[] other = "sql\npython\n\ndeep learning\nsql".getBytes(StandardCharsets.UTF_8);
        byte[] fewer = "deep learning\npython\n".getBytes(StandardCharsets.UTF_8);
        TaxonomyDictionary.Serializer serializer = new TaxonomyDictionary.Serializer();
        TaxonomyDictionary a = serializer.create(new ByteArrayInputStream(canonical));
        TaxonomyDictionary b = serializer.create(new ByteArrayInputStream(other));
        TaxonomyDictionary c = serializer.create(new ByteArrayInputStream(fewer));
        assertThat(b).isSameAs(a);
        assertThat(serializer.create(new ByteArrayInputStream(canonical))).isSameAs(a);
        assertThat(a.sameEntries(TaxonomyDictionary.of(List.of("python", "sql", "deep learning")))).isTrue();
        assertThat(a.sameEntries(c)).isFalse();
        assertThat(a.size()).isEqualTo(3);
        assertThat(tags(b, "python and deep learning")).isEqualTo("UOBI");
        assertThat(tags(c, "sql")).isEqualTo("O");
    }

    /**
     * The dictionary stored in the shipped model, read and written again, gives the model's bytes: the trie
     * holds every entry, and nothing else.
     */
    @Test
    void writesTheShippedModelsDictionaryBackByteForByte() throws IOException {
        byte[] stored = entry(TaxonomyDictionary.KNOWLEDGE);
        TaxonomyDictionary dictionary = new TaxonomyDictionary.Serializer().create(new ByteArrayInputStream(stored));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new TaxonomyDictionary.Serializer().serialize(dictionary, written);
        assertThat(written.toByteArray()).isEqualTo(stored);
        assertThat(dictionary.size()).isEqualTo(new String(stored, StandardCharsets.UTF_8).split("\n").length);
    }

    /** Tagging agrees with the plain definition (longest entry from each position) on sentences built from entries. */
    @Test
    void tagsAsTheLongestEntryFromEachPosition() throws IOException {
        TaxonomyDictionary dictionary = new TaxonomyDictionary.Serializer()
                .create(new ByteArrayInputStream(entry(TaxonomyDictionary.SKILL)));
        List<String> entries = dictionary.entries();
        Set<String> known = new HashSet<>(entries);
        Random random = new Random(7);
        List<String> filler = List.of("and", "with", "strong", "of", "the", "experience", "in");
        for (int n = 0; n < 2_000; n++) {
            List<String> words = new ArrayList<>();
            for (int part = 0; part < 4; part++) {
                words.addAll(List.of(entries.get(random.nextInt(entries.size())).split(" ")));
                words.add(filler.get(random.nextInt(filler.size())));
            }
            String[] tokens = words.toArray(String[]::new);
            assertThat(dictionary.tag(tokens)).as(String.join(" ", tokens)).isEqualTo(reference(known, tokens));
        }
    }

    private static char[] reference(Set<String> entries, String[] tokens) {
        char[] tags = new char[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            int last = -1;
            StringBuilder phrase = new StringBuilder();
            for (int j = i; j < tokens.length && j - i < 10; j++) {
                phrase.append(j > i ? " " : "").append(tokens[j]);
                if (entries.contains(phrase.toString())) {
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

    private static byte[] entry(String name) throws IOException {
        try (InputStream in = TaxonomyDictionaryTest.class.getResourceAsStream(MODEL);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IllegalStateException(name + " is not in " + MODEL);
    }
}
