package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.DocumentType;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionLimits;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Renders every resume under src/test/resources/resumes as an uploaded text file, a PDF (one column, or
 * a real two-column page for the two-column fixtures) and a DOCX; reads each through the upload path
 * ({@link DocumentExtractor} with the service's limits, then {@link ResumeParser}); compares the profile
 * with the fixture's expected profile; prints precision and recall per field and format; and fails below
 * the agreed floors.
 */
class ResumeFixtureCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Path FIXTURES = Path.of("src/test/resources/resumes");
    static final Path RENDERED = Path.of("target/resume-fixtures");
    static final List<String> FORMATS = List.of("txt", "pdf", "docx");
    /**
     * F1 floors per field and format (txt, pdf, docx), just under the measured figures; raise them as
     * parsing improves. Degree level and status must be exact (issue 5); skills are also held to recall
     * below. The PDF figure for awards is lower because the renderer wraps long lines, as a word processor
     * does, and an award wrapped in the narrow right column reads as two.
     */
    static final Map<String, double[]> FLOORS = Map.ofEntries(
            Map.entry("contact", new double[] {0.97, 0.97, 0.97}),
            Map.entry("sections", new double[] {0.93, 0.93, 0.93}),
            Map.entry("education.level", new double[] {1.0, 1.0, 1.0}),
            Map.entry("education.status", new double[] {1.0, 1.0, 1.0}),
            Map.entry("availability", new double[] {0.8, 0.9, 0.8}),
            Map.entry("graduation", new double[] {0.83, 0.83, 0.83}),
            Map.entry("experience", new double[] {0.69, 0.69, 0.69}),
            Map.entry("skills", new double[] {0.74, 0.74, 0.74}),
            Map.entry("publications", new double[] {0.92, 0.92, 0.92}),
            Map.entry("publications.firstAuthor", new double[] {0.98, 0.98, 0.98}),
            Map.entry("awards", new double[] {0.98, 0.6, 0.98}));
    /** Issue 5: at least 90 % of the skills a fixture lists are found, in every format. */
    static final double MIN_SKILLS_RECALL = 0.90;

    private final SkillRecognizer recognizer =
            new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()), SkillNameFinder.loadShipped());
    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFieldMeetsItsFloorInEveryFormat() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        Map<String, Map<String, int[]>> byFormat = new LinkedHashMap<>();
        for (String format : FORMATS) {
            Map<String, int[]> scores = new LinkedHashMap<>();
            FLOORS.keySet().stream().sorted().forEach(k -> scores.put(k, new int[4]));
            byFormat.put(format, scores);
        }
        List<String> misses = new ArrayList<>();
        for (Path file : files) {
            ResumeFixture fixture = ResumeFixture.read(file);
            JsonNode expected = json.readTree(file.resolveSibling(fixture.name() + ".expected.json").toFile());
            for (String format : FORMATS) {
                byte[] upload = switch (format) {
                    case "pdf" -> fixture.pdf();
                    case "docx" -> fixture.docx();
                    default -> fixture.text().getBytes(StandardCharsets.UTF_8);
                };
                // Kept for a look when a figure drops: target/resume-fixtures/NN-name.pdf and what was read from it.
                Files.createDirectories(RENDERED);
                Files.write(RENDERED.resolve(fixture.name() + "." + format), upload);
                ExtractedDocument document = extractor.extract(upload, false);
                Files.writeString(RENDERED.resolve(fixture.name() + "." + format + ".read.txt"), document.text());
                assertThat(document.type()).as(fixture.name() + "." + format)
                        .isEqualTo(DocumentType.valueOf(format.equals("txt") ? "TEXT" : format.toUpperCase(Locale.ROOT)));
                if (fixture.twoColumn() && format.equals("pdf")) {
                    assertThat(document.warnings()).as(fixture.name() + ".pdf is laid out in two columns")
                            .contains("PROBABLY_MULTI_COLUMN");
                }
                ResumeProfile profile = ResumeParser.parse(document.text(), TODAY, recognizer);
                score(expected, profile, byFormat.get(format), fixture.name() + "." + format, misses);
            }
        }
        misses.forEach(m -> System.out.println("  differs: " + m));
        System.out.println("Resume parsing on " + files.size() + " fixtures, per format (precision / recall / F1):");
        System.out.printf(Locale.ROOT, "  %-24s %-20s %-20s %-20s%n", "field", "txt", "pdf", "docx");
        List<String> below = new ArrayList<>();
        for (String field : byFormat.get("txt").keySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-24s", field));
            for (String format : FORMATS) {
                int[] s = byFormat.get(format).get(field);
                double precision = s[1] == 0 ? 1 : (double) s[0] / s[1];
                double recall = s[3] == 0 ? 1 : (double) s[2] / s[3];
                double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                row.append(String.format(Locale.ROOT, " %.2f / %.2f / %.2f  ", precision, recall, f1));
                double floor = FLOORS.get(field)[FORMATS.indexOf(format)];
                if (f1 < floor - 1e-9) {
                    below.add(String.format(Locale.ROOT, "%s (%s) F1 %.2f < %.2f", field, format, f1, floor));
                }
                if (field.equals("skills") && recall < MIN_SKILLS_RECALL) {
                    below.add(String.format(Locale.ROOT, "skills (%s) recall %.2f < %.2f", format, recall, MIN_SKILLS_RECALL));
                }
            }
            System.out.println(row);
        }
        assertThat(below).as("fields below their floor").isEmpty();
    }

    /** Adds one profile's matches to the scores: matched predictions, predicted, matched expected, expected. */
    private static void score(JsonNode e, ResumeProfile p, Map<String, int[]> scores, String where, List<String> misses) {
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
        add(scores.get("contact"), expectedContact, actualContact, where + " contact", misses);
        add(scores.get("sections"), strings(e.get("sections")), p.sections().stream().map(s -> s.kind().name()).distinct().toList(),
                null, misses);
        List<String> levels = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        e.path("education").forEach(x -> {
            levels.add(x.path("level").asText());
            statuses.add(x.path("level").asText() + ":" + x.path("status").asText());
        });
        add(scores.get("education.level"), levels, p.education().stream().map(x -> x.level().name()).toList(),
                where + " education.level", misses);
        add(scores.get("education.status"), statuses,
                p.education().stream().map(x -> x.level().name() + ":" + x.status().name()).toList(), where + " education.status", misses);
        List<String> availability = new ArrayList<>();
        e.path("availability").forEach(a -> availability.add(a.path("start").asText() + ".." + a.path("end").asText()));
        add(scores.get("availability"), availability, p.availability().stream()
                .map(a -> a.start() + ".." + (a.end() == null ? "null" : a.end())).toList(), null, misses);
        String graduation = e.path("graduation").isNull() ? null : e.path("graduation").asText();
        add(scores.get("graduation"), graduation == null ? List.of() : List.of(graduation),
                p.graduation() == null ? List.of() : List.of(p.graduation().toString()), null, misses);
        List<String> titles = new ArrayList<>();
        e.path("experience").forEach(x -> titles.add(norm(x.path("title").asText())));
        add(scores.get("experience"), titles, p.experience().stream().filter(x -> x.title() != null)
                .map(x -> norm(x.title())).toList(), null, misses);
        // A paper counts when its title, venue and year are all right; firstAuthor is scored on its own.
        List<String> papers = new ArrayList<>();
        List<String> firstAuthors = new ArrayList<>();
        e.path("publications").forEach(x -> {
            papers.add(norm(x.path("title").asText()) + "|" + x.path("venue").asText() + "|" + x.path("year").asText());
            firstAuthors.add(norm(x.path("title").asText()) + "|" + x.path("firstAuthor").asText());
        });
        add(scores.get("publications"), papers, p.publications().stream()
                .map(x -> norm(x.title()) + "|" + x.venue() + "|" + x.year()).toList(), null, misses);
        add(scores.get("publications.firstAuthor"), firstAuthors, p.publications().stream()
                .map(x -> norm(x.title()) + "|" + x.firstAuthor()).toList(), null, misses);
        add(scores.get("awards"), strings(e.get("awards")).stream().map(ResumeFixtureCorpusTest::norm).toList(),
                p.awards().stream().map(x -> norm(x.title())).toList(), null, misses);
        List<String> expectedSkills = strings(e.get("skills")).stream().map(ResumeFixtureCorpusTest::norm).toList();
        List<String> surfaces = new ArrayList<>();
        p.skills().forEach(s -> {
            surfaces.add(norm(s.name()));
            s.evidence().forEach(span -> surfaces.add(norm(span.of(p.text()))));
        });
        List<String> missed = expectedSkills.stream().filter(s -> !surfaces.contains(s)).toList();
        if (!missed.isEmpty()) {
            misses.add(where + " skills " + missed);
        }
        int[] skill = scores.get("skills");
        int precise = (int) p.skills().stream().filter(s -> expectedSkills.contains(norm(s.name()))
                || s.evidence().stream().anyMatch(span -> expectedSkills.contains(norm(span.of(p.text()))))).count();
        skill[0] += precise;
        skill[1] += p.skills().size();
        skill[2] += expectedSkills.size() - missed.size();
        skill[3] += expectedSkills.size();
    }

    private static void add(int[] score, List<String> expected, List<String> actual, String where, List<String> misses) {
        List<String> remaining = new ArrayList<>(expected);
        List<String> extra = new ArrayList<>();
        int matched = 0;
        for (String a : actual) {
            if (remaining.remove(a)) {
                matched++;
            } else {
                extra.add(a);
            }
        }
        if (where != null && (!remaining.isEmpty() || !extra.isEmpty())) {
            misses.add(where + " expected " + remaining + " got " + extra);
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
