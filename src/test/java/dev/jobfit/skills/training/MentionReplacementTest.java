package dev.jobfit.skills.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class MentionReplacementTest {

    private static NameSample sample(String text, Span... names) {
        return new NameSample(text.split(" "), names, false);
    }

    private static final List<NameSample> SAMPLES = List.of(
            sample("experience with PyTorch or TensorFlow is required", new Span(2, 3, "KNOWLEDGE"),
                    new Span(4, 5, "KNOWLEDGE")),
            sample("we offer free lunch"),
            sample("knowledge of natural language processing", new Span(2, 5, "KNOWLEDGE")),
            sample("Kubernetes and Docker in production", new Span(0, 1, "KNOWLEDGE"), new Span(2, 3, "KNOWLEDGE")));

    private static final Set<List<String>> NAMES = Set.of(List.of("PyTorch"), List.of("TensorFlow"),
            List.of("natural", "language", "processing"), List.of("Kubernetes"), List.of("Docker"));

    @Test
    void withoutCopiesTheSamplesAreReturnedAsTheyAre() {
        assertSame(SAMPLES, MentionReplacement.augment(SAMPLES, 0, 0.5, 1));
        List<NameSample> noNames = List.of(sample("we offer free lunch"));
        assertSame(noNames, MentionReplacement.augment(noNames, 3, 0.5, 1));
    }

    @Test
    void copiesKeepTheContextAndPutKnownNamesInTheNamesPlaces() {
        List<NameSample> out = MentionReplacement.augment(SAMPLES, 4, 0.5, 7);
        assertEquals(SAMPLES.size() + 3 * 4, out.size());
        assertEquals(SAMPLES, out.subList(0, SAMPLES.size()));
        Set<String> sentences = new HashSet<>();
        for (int i = SAMPLES.size(); i < out.size(); i++) {
            NameSample copy = out.get(i);
            NameSample original = SAMPLES.stream().filter(s -> s.getNames().length > 0).toList().get((i - SAMPLES.size()) / 4);
            assertTrue(copy.isClearAdaptiveDataSet(), "each copy is a document of its own");
            assertEquals(original.getNames().length, copy.getNames().length);
            String[] words = copy.getSentence();
            int next = 0;
            int originalNext = 0;
            for (int n = 0; n < copy.getNames().length; n++) {
                Span name = copy.getNames()[n];
                Span was = original.getNames()[n];
                assertEquals(was.getType(), name.getType());
                assertTrue(NAMES.contains(Arrays.asList(words).subList(name.getStart(), name.getEnd())), copy.toString());
                assertEquals(Arrays.asList(original.getSentence()).subList(originalNext, was.getStart()),
                        Arrays.asList(words).subList(next, name.getStart()), "the words between names stay");
                next = name.getEnd();
                originalNext = was.getEnd();
            }
            assertEquals(Arrays.asList(original.getSentence()).subList(originalNext, original.getSentence().length),
                    Arrays.asList(words).subList(next, words.length));
            sentences.add(String.join(" ", words));
        }
        assertTrue(sentences.size() > 3, "copies differ: " + sentences);
    }

    @Test
    void theDrawIsSeeded() {
        List<NameSample> first = MentionReplacement.augment(SAMPLES, 3, 0.5, 11);
        List<NameSample> again = MentionReplacement.augment(SAMPLES, 3, 0.5, 11);
        List<NameSample> other = MentionReplacement.augment(SAMPLES, 3, 0.5, 12);
        assertEquals(first, again);
        assertNotEquals(first, other);
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).getSentence(), again.get(i).getSentence());
        }
    }
}
