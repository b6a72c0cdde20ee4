package dev.jobfit.skills.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Mention replacement, a data augmentation for the skill name finders. Besides the training samples it gives,
 * for each sample with names, {@code copies} copies in which each name is replaced, with probability
 * {@code rate} and in at least one place per copy, by a name drawn at random from all names of the samples. The
 * words around a name stay as they are.
 *
 * <p>Why: most KNOWLEDGE names in a held-out posting are words the models never saw as names, so a model has to
 * learn what the words around a name and its shape say rather than the names themselves. The copies put known
 * contexts around other names, and other names into known contexts. Each copy is a document of its own (the
 * models' memory of earlier mentions is cleared before it). The draw is seeded, so training stays reproducible.
 */
final class MentionReplacement {

    private MentionReplacement() {
    }

    /**
     * The samples followed by their copies; the samples themselves when {@code copies} is zero or no sample has
     * a name.
     */
    static List<NameSample> augment(List<NameSample> samples, int copies, double rate, long seed) {
        List<String[]> names = new ArrayList<>();
        for (NameSample sample : samples) {
            for (Span name : sample.getNames()) {
                names.add(Arrays.copyOfRange(sample.getSentence(), name.getStart(), name.getEnd()));
            }
        }
        if (copies <= 0 || names.isEmpty()) {
            return samples;
        }
        Random random = new Random(seed);
        List<NameSample> out = new ArrayList<>(samples);
        for (NameSample sample : samples) {
            Span[] spans = sample.getNames();
            if (spans.length == 0) {
                continue;
            }
            for (int c = 0; c < copies; c++) {
                out.add(copy(sample, names, rate, random));
            }
        }
        return out;
    }

    private static NameSample copy(NameSample sample, List<String[]> names, double rate, Random random) {
        String[] words = sample.getSentence();
        Span[] spans = sample.getNames().clone();
        Arrays.sort(spans);
        int forced = random.nextInt(spans.length);
        List<String> tokens = new ArrayList<>(words.length + 8);
        Span[] placed = new Span[spans.length];
        int next = 0;
        for (int n = 0; n < spans.length; n++) {
            Span span = spans[n];
            tokens.addAll(Arrays.asList(words).subList(next, span.getStart()));
            List<String> name = n == forced || random.nextDouble() < rate
                    ? Arrays.asList(names.get(random.nextInt(names.size())))
                    : Arrays.asList(words).subList(span.getStart(), span.getEnd());
            placed[n] = new Span(tokens.size(), tokens.size() + name.size(), span.getType());
            tokens.addAll(name);
            next = span.getEnd();
        }
        tokens.addAll(Arrays.asList(words).subList(next, words.length));
        return new NameSample(tokens.toArray(String[]::new), placed, true);
    }
}
