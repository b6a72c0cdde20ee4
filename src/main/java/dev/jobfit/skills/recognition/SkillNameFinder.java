package dev.jobfit.skills.recognition;

import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import dev.jobfit.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The statistical skill recogniser: one OpenNLP name finder per skill type, trained by the project
 * (SkillModelTrainer) and shipped in {@code /skills}. It finds skills no list knows yet ("multimodal
 * LLM moderation"). The models are immutable and shared; a decoder is made per call because
 * {@link NameFinderME} is not thread-safe.
 *
 * <p>Each model file carries what its features need: the part-of-speech model and the taxonomy
 * dictionaries it was trained with (read back by the classes in {@code recognition.features}, whose
 * names are written into the model). So decoding needs nothing else on the classpath, and sees the
 * dictionaries as training saw them even after the taxonomy is rebuilt. The models are trained on
 * the tokens of {@link dev.jobfit.text.WordTokenizer}, the tokens they are given here.
 */
public final class SkillNameFinder {

    private final Map<SkillType, TokenNameFinderModel> models;

    public SkillNameFinder(Map<SkillType, TokenNameFinderModel> models) {
        this.models = Map.copyOf(models);
    }

    /** The file name of the model for a type. */
    public static String modelFile(SkillType type) {
        return "skill-ner-" + type.name().toLowerCase(Locale.ROOT) + ".bin";
    }

    /** The models shipped with the service, or empty when they are not there. */
    public static Optional<SkillNameFinder> loadShipped() {
        Map<SkillType, TokenNameFinderModel> models = new EnumMap<>(SkillType.class);
        for (SkillType type : SkillType.values()) {
            try (InputStream in = SkillNameFinder.class.getResourceAsStream("/skills/" + modelFile(type))) {
                if (in == null) {
                    return Optional.empty();
                }
                models.put(type, new TokenNameFinderModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(new SkillNameFinder(models));
    }

    /**
     * Mentions in {@code text}, given its sentences as token lists. Model-only mentions have no skill
     * id; their name is the lower-cased words, so that the same words elsewhere meet them.
     */
    public List<SkillMention> find(String text, List<List<Token>> sentences) {
        List<SkillMention> mentions = new ArrayList<>();
        for (Map.Entry<SkillType, TokenNameFinderModel> entry : models.entrySet()) {
            NameFinderME finder = new NameFinderME(entry.getValue());
            for (List<Token> sentence : sentences) {
                if (sentence.isEmpty()) {
                    continue;
                }
                String[] words = new String[sentence.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = sentence.get(i).text();
                }
                for (opennlp.tools.util.Span found : finder.find(words)) {
                    int first = found.getStart();
                    int last = found.getEnd() - 1;
                    while (first <= last && !sentence.get(first).isWord()) {
                        first++; // a span never starts or ends with punctuation
                    }
                    while (last >= first && !sentence.get(last).isWord()) {
                        last--;
                    }
                    if (first > last || splitsAList(sentence, first, last)) {
                        continue;
                    }
                    int start = sentence.get(first).start();
                    int end = sentence.get(last).end();
                    String surface = text.substring(start, end);
                    mentions.add(new SkillMention(new Span(start, end), surface, null, normalise(surface),
                            entry.getKey(), MentionSource.MODEL, found.getProb()));
                }
            }
            finder.clearAdaptiveData();
        }
        return mentions;
    }

    /**
     * "CLIP, BLIP": one span over a comma-separated list of short names is a decoding error (annotators
     * mark each list item), so it is dropped; the items still come from the taxonomy.
     */
    private static boolean splitsAList(List<Token> sentence, int first, int last) {
        int words = 0;
        boolean comma = false;
        for (int i = first; i <= last; i++) {
            if (sentence.get(i).isWord()) {
                words++;
            } else if (sentence.get(i).text().equals(",")) {
                comma = true;
            }
        }
        return comma && words <= 2 * countCommas(sentence, first, last) + 1;
    }

    private static int countCommas(List<Token> sentence, int first, int last) {
        int commas = 0;
        for (int i = first; i <= last; i++) {
            if (sentence.get(i).text().equals(",")) {
                commas++;
            }
        }
        return commas;
    }

    static String normalise(String surface) {
        return surface.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
