package dev.jobfit.skills.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.skills.taxonomy.SkillType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SkillSpan's JSON release (one sentence per line: posting {@code idx}, tokens, skill and knowledge
 * BIO tags, source house/tech). It holds the same sentences and tags as the CoNLL files, plus what
 * those lack: which posting each sentence belongs to. Training needs that to reset the name finders'
 * per-document memory where a posting starts, and cross-validation to keep a posting in one fold.
 */
public final class SkillSpanJson {

    /**
     * A sentence with its posting.
     *
     * @param posting the posting's key, {@code source:idx} (idx restarts per split, so the source
     *     is part of it to be safe)
     */
    public record PostingSentence(String posting, ConllCorpus.Sentence sentence) {
    }

    private SkillSpanJson() {
    }

    public static List<PostingSentence> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<PostingSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                List<String> tokens = strings(row.get("tokens"));
                ConllCorpus.Sentence sentence = ConllCorpus.sentence(tokens,
                        List.of(strings(row.get("tags_skill")), strings(row.get("tags_knowledge"))),
                        SkillType.SKILL, SkillType.KNOWLEDGE);
                sentences.add(new PostingSentence(row.get("source").asText() + ":" + row.get("idx").asText(),
                        sentence));
            }
        }
        return sentences;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>(array.size());
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
