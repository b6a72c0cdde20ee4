package dev.jobfit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the analysis of posting files, without the text, for looking at by eye:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.jobfit.bench.AnalyzePosting -Dexec.args=FILE...}
 */
public final class AnalyzePosting {

    public static void main(String[] args) throws Exception {
        PostingAnalyzer analyzer = new PostingAnalyzer(new SkillRecognizer(
                new TaxonomyMatcher(SkillTaxonomy.load()), SkillNameFinder.loadShipped()));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        for (String file : args) {
            String content = Files.readString(Path.of(file));
            PostingAnalysis a = analyzer.analyze(file.endsWith(".html") ? PostingInput.html(content) : PostingInput.text(content));
            System.out.println("=== " + file);
            var tree = json.valueToTree(a);
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("text");
            var skills = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("skills");
            var compact = json.createArrayNode();
            skills.forEach(s -> compact.add(s.get("importance").asText().charAt(0) + " " + s.get("name").asText()
                    + (s.get("groupId").isNull() ? "" : " [" + s.get("groupId").asText() + "]")));
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).set("skills", compact);
            var sections = json.createArrayNode();
            tree.get("sections").forEach(s -> sections.add(s.get("kind").asText() + " | " + s.get("heading").asText()));
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).set("sections", sections);
            System.out.println(json.writeValueAsString(tree));
        }
    }
}
