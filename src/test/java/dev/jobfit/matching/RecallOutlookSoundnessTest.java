package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.resume.RecallCriteria;
import dev.jobfit.resume.RecallCriteria.Outlook;
import dev.jobfit.resume.ResumeRecallIndex;
import dev.jobfit.resume.ResumeStore;
import dev.jobfit.resume.extraction.DocumentType;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.time.Timestamps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outlook the recall index gives a stored resume for a posting must never be worse than the eligibility
 * the matching rules give it: a resume the rules find eligible is recalled among the ELIGIBLE outlook, one they
 * cannot decide among ELIGIBLE or UNKNOWN. Checked on every pair of the fixture and catalogue postings (and a
 * few written for the rules' corners) with the fixture resumes, each stored in variants whose dates move by
 * up to two years, whose degrees change status, or that drop their degrees or availability. The outlook must
 * also be tight enough to be worth having: nine in ten pairs the rules find undecided or ineligible are so by the
 * index too.
 */
@QuarkusTest
class RecallOutlookSoundnessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final List<String> CORNER_POSTINGS = List.of("""
            Research Intern, Speech

            Requirements
            - Currently pursuing a PhD or Master's degree in Computer Science or a related field.
            - Available for 12 weeks in Summer 2027.
            """, """
            Graduate Software Engineer

            Requirements
            - Bachelor's degree in Computer Science, completed by the start date.
            - Must be able to start by September 2027.
            """, """
            Data Science Intern

            Requirements
            - Currently enrolled in a Bachelor's or Master's program.
            - The internship runs January to June 2027 or May to August 2027, for at least 3 months.
            - Onboard by the end of 2027.
            """, """
            Machine Learning Engineer

            Requirements
            - PhD in Machine Learning, Statistics or a quantitative field.
            - Start date: no later than March 2027.
            """);

    @Inject
    SkillEngine skills;

    @Inject
    ResumeStore store;

    @Inject
    ResumeRecallIndex index;

    @Test
    void theIndexNeverGivesAResumeAWorseOutlookThanTheRulesGiveIt() throws Exception {
        Map<UUID, ResumeProfile> stored = storeVariants();
        FitScorer scorer = new FitScorer(skills.relatedness(),
                id -> skills.taxonomy().find(id).map(Skill::name).orElse(null));
        int[][] counts = new int[Eligibility.values().length][Outlook.values().length];
        int postingsWithCriteria = 0;
        for (CompiledPosting posting : postings()) {
            RecallCriteria criteria = ResumeRecall.criteria(posting);
            postingsWithCriteria += criteria.any() ? 1 : 0;
            Map<UUID, Outlook> outlooks = new HashMap<>();
            for (Outlook outlook : Outlook.values()) {
                for (UUID id : index.recall(Map.of(), criteria, outlook, Timestamps.now(), 1_000_000)) {
                    assertThat(outlooks.put(id, outlook)).as("one outlook per resume").isNull();
                }
            }
            for (Map.Entry<UUID, ResumeProfile> resume : stored.entrySet()) {
                Eligibility eligibility = scorer.candidate(CandidateFacts.of(resume.getValue()), ApplicationHistory.NONE,
                        TODAY).eligibility(posting);
                Outlook outlook = outlooks.get(resume.getKey());
                assertThat(outlook).as("every live indexed resume has an outlook").isNotNull();
                counts[eligibility.ordinal()][outlook.ordinal()]++;
                String pair = posting.title() + " / " + resume.getValue().education() + " " + resume.getValue().availability();
                if (eligibility == Eligibility.ELIGIBLE) {
                    assertThat(outlook).as("eligible by the rules: %s", pair).isEqualTo(Outlook.ELIGIBLE);
                } else if (eligibility == Eligibility.UNKNOWN) {
                    assertThat(outlook).as("undecided by the rules: %s", pair).isNotEqualTo(Outlook.INELIGIBLE);
                }
            }
        }
        System.out.printf("recall outlook by eligibility (rows: eligible, unknown, ineligible; columns: the same"
                + " outlooks): %s%n", java.util.Arrays.deepToString(counts));
        assertThat(postingsWithCriteria).as("postings with degree, window or deadline rules").isGreaterThanOrEqualTo(8);
        for (Eligibility e : Eligibility.values()) {
            assertThat(counts[e.ordinal()][0] + counts[e.ordinal()][1] + counts[e.ordinal()][2])
                    .as("pairs the rules find %s", e).isGreaterThan(50);
        }
        for (Eligibility e : List.of(Eligibility.UNKNOWN, Eligibility.INELIGIBLE)) {
            int[] row = counts[e.ordinal()];
            assertThat(row[Outlook.valueOf(e.name()).ordinal()]).as("pairs the rules find %s and the index too", e)
                    .isGreaterThan((row[0] + row[1] + row[2]) * 9 / 10);
        }
    }

    private Map<UUID, ResumeProfile> storeVariants() throws Exception {
        List<ResumeProfile> variants = new ArrayList<>();
        try (var files = Files.list(Path.of("src/test/resources/resumes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                ResumeProfile profile = ResumeParser.parse(Files.readString(file), TODAY, skills.recognizer());
                for (int months : new int[] {-24, -13, -6, -2, 0, 3, 7, 12, 25}) {
                    variants.add(shifted(profile, months));
                }
                variants.add(withStatus(profile, EducationStatus.IN_PROGRESS));
                variants.add(withStatus(profile, EducationStatus.COMPLETED));
                variants.add(with(profile, List.of(), profile.availability(), null));
                variants.add(with(profile, profile.education(), List.of(), profile.graduation()));
                variants.add(with(profile, profile.education(), List.of(new Availability(YearMonth.of(2027, 5), null, null)),
                        profile.graduation()));
            }
        }
        Map<UUID, ResumeProfile> stored = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (ResumeProfile variant : variants) {
                UUID id = store.store("soundness-" + UUID.randomUUID(), variant, DocumentType.TEXT).id();
                stored.put(id, variant);
            }
        });
        return stored;
    }

    private List<CompiledPosting> postings() throws Exception {
        PostingAnalyzer analyzer = new PostingAnalyzer(skills.recognizer());
        java.util.function.BiFunction<String, Boolean, CompiledPosting> compile = (text, html) -> CompiledPosting.of(
                UUID.nameUUIDFromBytes(text.getBytes()), analyzer.analyze(new PostingInput(text, html, null, null, null, null)),
                null);
        List<CompiledPosting> postings = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("src/main/resources/catalogue/postings", "src/test/resources/postings")) {
            try (var listed = Files.list(Path.of(folder))) {
                listed.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            postings.add(compile.apply(Files.readString(file), file.toString().endsWith(".html")));
        }
        for (String text : CORNER_POSTINGS) {
            postings.add(compile.apply(text, false));
        }
        return postings;
    }

    private static ResumeProfile shifted(ResumeProfile p, int months) {
        List<Education> education = p.education().stream().map(e -> new Education(e.level(), e.degree(), e.field(),
                e.institution(), e.status(), plus(e.start(), months), plus(e.end(), months),
                plus(e.expectedGraduation(), months), e.evidence())).toList();
        List<Availability> availability = p.availability().stream()
                .map(a -> new Availability(plus(a.start(), months), plus(a.end(), months), a.evidence())).toList();
        return with(p, education, availability, plus(p.graduation(), months));
    }

    private static ResumeProfile withStatus(ResumeProfile p, EducationStatus status) {
        return with(p, p.education().stream().map(e -> new Education(e.level(), e.degree(), e.field(), e.institution(),
                status, e.start(), e.end(), e.expectedGraduation(), e.evidence())).toList(), p.availability(), p.graduation());
    }

    private static ResumeProfile with(ResumeProfile p, List<Education> education, List<Availability> availability,
                                      YearMonth graduation) {
        return new ResumeProfile(p.parserVersion(), p.text(), p.sections(), p.contact(), education, availability, graduation,
                p.experience(), p.totalYearsExperience(), p.publications(), p.awards(), p.skills(), p.warnings());
    }

    private static YearMonth plus(YearMonth month, int months) {
        return month == null ? null : month.plusMonths(months);
    }
}
