package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jobfit.matching.MatchResult.Reason;
import dev.jobfit.matching.MatchResult.ScoreComponent;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.text.Span;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FitScorerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static final String PHD_INTERNSHIP = """
            Machine Learning Engineer Intern (Trust and Safety) - PhD - 2027 Start
            Lumenwave Video, Singapore

            Minimum Qualifications
            - Currently pursuing a PhD in Computer Science, Engineering or a related quantitative field.
            - Experience with PyTorch or TensorFlow is required.
            - Strong programming skills in Python.
            - Available for an internship from January to June 2027 or from May to August 2027, for at least 12 weeks.

            Preferred Qualifications
            - Experience with Kubernetes or Spark.
            - Publications at NeurIPS, ICML or CVPR.
            """;

    static final String PHD_STUDENT = """
            RIVER EXAMPLE
            river.example@example.com | +1 555-0199

            EDUCATION
            Northbridge University
            Ph.D. in Computer Science                                Sep 2023 - Present
              Expected graduation: May 2028

            EXPERIENCE
            Research Assistant | Vision Lab, Northbridge University        Jan 2024 - Dec 2025
              - Trained content-moderation classifiers in PyTorch on multilingual video captions.
              - Wrote data pipelines in Python.

            SKILLS
            Kubernetes, Docker, SQL

            AVAILABILITY
            Available for internship: May - August 2027
            """;

    static FitScorer scorer;
    static PostingAnalyzer analyzer;
    static SkillRecognizer recognizer;
    static SkillTaxonomy taxonomy;

    @BeforeAll
    static void load() {
        taxonomy = SkillTaxonomy.load();
        recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy), Optional.empty());
        analyzer = new PostingAnalyzer(recognizer);
        scorer = new FitScorer(new SkillRelatedness(taxonomy), id -> taxonomy.find(id).map(Skill::name).orElse(null));
    }

    static CompiledPosting posting(String text) {
        PostingAnalysis analysis = analyzer.analyze(new PostingInput(text, false, null, null, null, null));
        return CompiledPosting.of(UUID.nameUUIDFromBytes(text.getBytes()), analysis, null);
    }

    static ResumeProfile resume(String text) {
        return ResumeParser.parse(text, TODAY, recognizer);
    }

    static MatchResult match(String postingText, String resumeText) {
        return scorer.candidate(CandidateFacts.of(resume(resumeText)), ApplicationHistory.NONE, TODAY)
                .match(posting(postingText), true);
    }

    @Test
    void componentPointsAddUpToTheScoreAndReasonEffectsToTheirComponent() {
        MatchResult match = match(PHD_INTERNSHIP, PHD_STUDENT);

        assertThat(match.components()).extracting(ScoreComponent::name).contains(ComponentName.REQUIRED_SKILLS,
                ComponentName.PREFERRED_SKILLS, ComponentName.DEGREE, ComponentName.AVAILABILITY, ComponentName.RESEARCH);
        assertThat(match.components().stream().mapToInt(ScoreComponent::points).sum()).isEqualTo(match.score());
        assertThat(match.components().stream().mapToDouble(ScoreComponent::weight).sum()).isCloseTo(100.0,
                org.assertj.core.data.Offset.offset(0.05));
        for (ScoreComponent c : match.components()) {
            assertThat(c.reasons().stream().mapToInt(Reason::effect).sum()).as(c.name().name()).isEqualTo(c.points());
            assertThat(c.points()).isLessThanOrEqualTo((int) Math.ceil(c.weight()));
        }
        assertThat(match.score()).isBetween(50, 99);
        assertThat(match.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void explainsAnAnyOfGroupWithEvidenceFromBothDocuments() {
        MatchResult match = match(PHD_INTERNSHIP, PHD_STUDENT);
        ResumeProfile resume = resume(PHD_STUDENT);

        Reason pytorch = reasons(match, ComponentName.REQUIRED_SKILLS).stream()
                .filter(r -> r.message().startsWith("Requires PyTorch or TensorFlow")).findFirst().orElseThrow();

        assertThat(pytorch.message()).contains("the resume shows PyTorch in the Research Assistant role (2024 to 2025)");
        assertThat(pytorch.postingEvidence().of(match.postingText())).contains("PyTorch or TensorFlow");
        assertThat(pytorch.resumeEvidence().of(resume.text())).isEqualTo("PyTorch");
        assertThat(pytorch.effect()).isPositive();
    }

    @Test
    void givesPartialCreditForARelatedSkill() {
        String tensorflowOnly = """
                Data Scientist
                Requirements
                - Experience with TensorFlow is required.
                - Strong Python skills.
                """;
        MatchResult match = match(tensorflowOnly, PHD_STUDENT);
        Reason tensorflow = reasons(match, ComponentName.REQUIRED_SKILLS).stream()
                .filter(r -> r.message().startsWith("Requires TensorFlow")).findFirst().orElseThrow();
        ScoreComponent required = component(match, ComponentName.REQUIRED_SKILLS);

        assertThat(tensorflow.message()).contains("PyTorch", "% credit");
        assertThat(required.score()).isGreaterThan(0.5).isLessThan(1.0);
        assertThat(match.improvements()).extracting(MatchResult.Improvement::message)
                .anyMatch(m -> m.contains("TensorFlow"));
    }

    @Test
    void leavesOutComponentsThePostingDoesNotAskForAndScalesTheOthers() {
        String skillsOnly = """
                Backend Developer
                Requirements
                - Experience with Python and SQL is required.
                Nice to have
                - Experience with Kubernetes.
                """;
        MatchResult match = match(skillsOnly, PHD_STUDENT);

        assertThat(match.components()).extracting(ScoreComponent::name)
                .containsExactly(ComponentName.REQUIRED_SKILLS, ComponentName.PREFERRED_SKILLS);
        assertThat(component(match, ComponentName.REQUIRED_SKILLS).weight()).isEqualTo(72.73); // 40 of 55
        assertThat(component(match, ComponentName.PREFERRED_SKILLS).weight()).isEqualTo(27.27); // 15 of 55
        assertThat(match.rules()).isEmpty();
        assertThat(match.eligibility()).isEqualTo(Eligibility.ELIGIBLE);
    }

    @Test
    void listsMissingRequiredSkillsAndImprovementsWithExactDeltas() {
        String needsGo = """
                Platform Engineer
                Requirements
                - Experience with Golang and Terraform is required.
                - Experience with PyTorch.
                """;
        CandidateFacts facts = CandidateFacts.of(resume(PHD_STUDENT));
        CompiledPosting posting = posting(needsGo);
        MatchResult match = scorer.candidate(facts, ApplicationHistory.NONE, TODAY).match(posting, true);

        assertThat(match.missing()).flatExtracting(MatchResult.MissingRequirement::skills).contains("Go");
        assertThat(match.improvements()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(match.improvements()).isSortedAccordingTo((a, b) -> Integer.compare(b.scoreDelta(), a.scoreDelta()));

        MatchResult.Improvement showGo = match.improvements().stream().filter(i -> i.message().contains("used Go,"))
                .findFirst().orElseThrow();
        SkillUnit.RequiredSkill go = posting.requiredSkills().stream().flatMap(u -> u.skills().stream())
                .filter(s -> s.name().equals("Go")).findFirst().orElseThrow();
        int rescored = scorer.candidate(facts.withDatedSkill(CandidateFacts.shownInRole(go)), ApplicationHistory.NONE, TODAY).score(posting);
        assertThat(showGo.scoreDelta()).isEqualTo(rescored - match.score()).isPositive();
    }

    /**
     * Ranking takes a shortcut: one candidate scores many postings, sharing the work for requirements that
     * postings state alike, without building reasons. It must agree with the explained match of every
     * posting, including postings that ask the same thing in other places of their text.
     */
    @Test
    void rankingScoresAndEligibilityAgreeWithTheExplainedMatch() throws Exception {
        java.util.List<CompiledPosting> postings = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/catalogue/postings"))) {
            for (java.nio.file.Path file : files.sorted().toList()) {
                String text = java.nio.file.Files.readString(file);
                boolean html = file.toString().endsWith(".html");
                for (String prefix : new String[] {"", html ? "<p>Ref 2026-0042</p>\n" : "Ref 2026-0042\n\n"}) {
                    PostingAnalysis analysis = analyzer.analyze(new PostingInput(prefix + text, html, null, null, null, null));
                    LimitPolicy limit = new LimitPolicy("group:" + file.getFileName(), "A group", 1, true, false, null);
                    postings.add(CompiledPosting.of(UUID.nameUUIDFromBytes((prefix + text).getBytes()), analysis,
                            prefix.isEmpty() ? null : limit));
                }
            }
        }
        postings.add(posting(PHD_INTERNSHIP));
        java.util.List<String> resumes = new java.util.ArrayList<>(java.util.List.of(PHD_STUDENT,
                PHD_STUDENT.replace("Ph.D. in Computer Science", "B.Sc. in Biology").replace("Sep 2023 - Present", "2019 - 2022")
                        .replace("  Expected graduation: May 2028\n", "")));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/resumes"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(8).toList()) {
                resumes.add(java.nio.file.Files.readString(file));
            }
        }
        int compared = 0;
        for (String text : resumes) {
            CandidateFacts facts = CandidateFacts.of(resume(text));
            FitScorer.Candidate ranking = scorer.candidate(facts, ApplicationHistory.NONE, TODAY);
            for (CompiledPosting p : postings) {
                MatchResult explained = scorer.candidate(facts, ApplicationHistory.NONE, TODAY).match(p, false);
                assertThat(ranking.score(p)).as(p.title()).isEqualTo(explained.score());
                assertThat(ranking.eligibility(p)).as(p.title()).isEqualTo(explained.eligibility());
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(100);
    }

    @Test
    void contactDetailsNeverChangeTheResult() throws Exception {
        String other = PHD_STUDENT.replace("RIVER EXAMPLE", "MORGAN QUINN-SAMPLE")
                .replace("river.example@example.com | +1 555-0199", "m.q.sample@example.org | +44 20 7946 0000 | London");
        MatchResult a = match(PHD_INTERNSHIP, PHD_STUDENT);
        MatchResult b = match(PHD_INTERNSHIP, other);

        assertThat(b.score()).isEqualTo(a.score());
        assertThat(b.eligibility()).isEqualTo(a.eligibility());
        assertThat(b.components()).extracting(ScoreComponent::points).isEqualTo(a.components().stream()
                .map(ScoreComponent::points).toList());
        assertThat(b.components()).flatExtracting(ScoreComponent::reasons).extracting(Reason::message, Reason::effect)
                .isEqualTo(a.components().stream().flatMap(c -> c.reasons().stream())
                        .map(r -> org.assertj.core.groups.Tuple.tuple(r.message(), r.effect())).toList());
        assertThat(b.rules()).isEqualTo(a.rules().stream().map(r -> new MatchResult.RuleResult(r.rule(), r.outcome(),
                r.message(), r.postingEvidence(), shift(r.resumeEvidence(), other.length() - PHD_STUDENT.length())))
                .toList());
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String first = json.writeValueAsString(match(PHD_INTERNSHIP, PHD_STUDENT));
        String second = json.writeValueAsString(match(PHD_INTERNSHIP, PHD_STUDENT));
        assertThat(second).isEqualTo(first);
    }

    private static Span shift(Span span, int by) {
        return span == null ? null : new Span(span.start() + by, span.end() + by);
    }

    private static ScoreComponent component(MatchResult match, ComponentName name) {
        return match.components().stream().filter(c -> c.name() == name).findFirst().orElseThrow();
    }

    private static java.util.List<Reason> reasons(MatchResult match, ComponentName name) {
        return component(match, name).reasons();
    }
}
