package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every resume under src/test/resources/resumes (text form) and compares it with its expected
 * profile: prints precision and recall per field and fails below the agreed floors.
 */
class ResumeFixtureCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Path FIXTURES = Path.of("src/test/resources/resumes");
    /** Floors just under the measured figures; raise them as parsing improves (issue target: degree level and status 100 %). */
    static final Map<String, Double> FLOORS = Map.ofEntries(
            Map.entry("contact", 0.93), Map.entry("sections", 0.91), Map.entry("education.level", 0.92),
            Map.entry("education.status", 0.92), Map.entry("availability", 0.8), Map.entry("graduation", 0.82),
            Map.entry("experience", 0.58), Map.entry("skills", 0.57), Map.entry("publications", 0.92),
            Map.entry("publications.firstAuthor", 0.98), Map.entry("awards", 0.98));

    @Test
    void everyFieldMeetsItsFloor() throws IOException {
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()), SkillNameFinder.loadShipped());
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> scores = new LinkedHashMap<>(); // matched predictions, predicted, matched expected, expected
        FLOORS.keySet().stream().sorted().forEach(k -> scores.put(k, new int[4]));
        List<Path> files;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        for (Path file : files) {
            String text = Files.readString(file).lines().filter(l -> !l.startsWith("# layout:") && !l.equals("# column-break"))
                    .reduce("", (a, b) -> a + b + "\n");
            JsonNode e = json.readTree(file.resolveSibling(file.getFileName().toString().replace(".txt", ".expected.json")).toFile());
            ResumeProfile p = ResumeParser.parse(text, TODAY, recognizer);
            List<String> expectedContact = new ArrayList<>();
            for (String key : List.of("name", "email", "phone")) {
                if (!e.path("contact").path(key).isNull() && !e.path("contact").path(key).isMissingNode()) {
                    expectedContact.add(key + ":" + norm(e.path("contact").path(key).asText()));
                }
            }
            List<String> actualContact = new ArrayList<>();
            if (p.contact().name() != null) {
                actualContact.add("name:" + norm(p.contact().name()));
            }
            if (p.contact().email() != null) {
                actualContact.add("email:" + norm(p.contact().email()));
            }
            if (p.contact().phone() != null) {
                actualContact.add("phone:" + norm(p.contact().phone()));
            }
            add(scores.get("contact"), expectedContact, actualContact);
            add(scores.get("sections"), strings(e.get("sections")), p.sections().stream().map(s -> s.kind().name()).distinct().toList());
            List<String> levels = new ArrayList<>();
            List<String> statuses = new ArrayList<>();
            e.path("education").forEach(x -> {
                levels.add(x.path("level").asText());
                statuses.add(x.path("level").asText() + ":" + x.path("status").asText());
            });
            add(scores.get("education.level"), levels, p.education().stream().map(x -> x.level().name()).toList());
            add(scores.get("education.status"), statuses,
                    p.education().stream().map(x -> x.level().name() + ":" + x.status().name()).toList());
            List<String> availability = new ArrayList<>();
            e.path("availability").forEach(a -> availability.add(a.path("start").asText() + ".." + a.path("end").asText()));
            add(scores.get("availability"), availability, p.availability().stream()
                    .map(a -> a.start() + ".." + (a.end() == null ? "null" : a.end())).toList());
            String graduation = e.path("graduation").isNull() ? null : e.path("graduation").asText();
            add(scores.get("graduation"), graduation == null ? List.of() : List.of(graduation),
                    p.graduation() == null ? List.of() : List.of(p.graduation().toString()));
            List<String> titles = new ArrayList<>();
            e.path("experience").forEach(x -> titles.add(norm(x.path("title").asText())));
            add(scores.get("experience"), titles, p.experience().stream().filter(x -> x.title() != null)
                    .map(x -> norm(x.title())).toList());
            // A paper counts when its title, venue and year are all right; firstAuthor is scored on its own.
            List<String> papers = new ArrayList<>();
            List<String> firstAuthors = new ArrayList<>();
            e.path("publications").forEach(x -> {
                papers.add(norm(x.path("title").asText()) + "|" + x.path("venue").asText() + "|" + x.path("year").asText());
                firstAuthors.add(norm(x.path("title").asText()) + "|" + x.path("firstAuthor").asText());
            });
            add(scores.get("publications"), papers, p.publications().stream()
                    .map(x -> norm(x.title()) + "|" + x.venue() + "|" + x.year()).toList());
            add(scores.get("publications.firstAuthor"), firstAuthors, p.publications().stream()
                    .map(x -> norm(x.title()) + "|" + x.firstAuthor()).toList());
            add(scores.get("awards"), strings(e.get("awards")).stream().map(ResumeFixtureCorpusTest::norm).toList(),
                    p.awards().stream().map(x -> norm(x.title())).toList());
            List<String> expectedSkills = strings(e.get("skills")).stream().map(ResumeFixtureCorpusTest::norm).toList();
            List<String> surfaces = new ArrayList<>();
            p.skills().forEach(s -> {
                surfaces.add(norm(s.name()));
                s.evidence().forEach(span -> surfaces.add(norm(span.of(p.text()))));
            });
            int found = (int) expectedSkills.stream().filter(surfaces::contains).count();
            int[] skill = scores.get("skills");
            int precise = (int) p.skills().stream().filter(s -> expectedSkills.contains(norm(s.name()))
                    || s.evidence().stream().anyMatch(span -> expectedSkills.contains(norm(span.of(p.text()))))).count();
            skill[0] += precise;
            skill[1] += p.skills().size();
            skill[2] += found;
            skill[3] += expectedSkills.size();
        }
        System.out.println("Resume parsing on " + files.size() + " fixtures (text form; precision / recall / F1):");
        List<String> below = new ArrayList<>();
        scores.forEach((field, s) -> {
            double precision = s[1] == 0 ? 1 : (double) s[0] / s[1];
            double recall = s[3] == 0 ? 1 : (double) s[2] / s[3];
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            System.out.printf(Locale.ROOT, "  %-24s P %.2f  R %.2f  F1 %.2f%n", field, precision, recall, f1);
            if (f1 < FLOORS.get(field)) {
                below.add(String.format(Locale.ROOT, "%s F1 %.2f < %.2f", field, f1, FLOORS.get(field)));
            }
        });
        assertThat(below).as("fields below their floor").isEmpty();
    }

    private static void add(int[] score, List<String> expected, List<String> actual) {
        List<String> remaining = new ArrayList<>(expected);
        int matched = 0;
        for (String a : actual) {
            if (remaining.remove(a)) {
                matched++;
            }
        }
        score[0] += matched;
        score[1] += actual.size();
        score[2] += matched;
        score[3] += expected.size();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#@.]+", " ").strip();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
