package dev.jobfit.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.company.ApplicationLimitScope;
import dev.jobfit.education.DegreeLevel;
import dev.jobfit.posting.analysis.EmploymentType;
import dev.jobfit.posting.analysis.IgnoredReason;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.posting.analysis.SectionKind;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The posting analyser, one phrasing at a time. */
class PostingAnalyzerTest {

    static PostingAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new PostingAnalyzer(new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()), Optional.empty()));
    }

    private static PostingAnalysis text(String content) {
        return analyzer.analyze(PostingInput.text(content));
    }

    /** Misreadings seen on scraped pages, each fixed once and kept fixed here. */
    @Test
    void readsAScrapedGraduatePageWithoutTheUsualMisreadings() {
        PostingAnalysis a = text("""
                Careers > Engineering > Data
                Graduate Software Engineer 2027
                Lumenwave Video is a subsidiary of Lumenwave Group. Our teams build video tools.
                [ Save this job ]

                What we are looking for
                - A Bachelor's degree in Computer Science, completed before joining.
                - 3+ years of warehouse or distribution centre experience.
                - Previous internship experience is a plus.

                Who we're looking for
                - Currently enrolled in a Master's or PhD program in Statistics, Mathematics or Computer Science.
                - Experience with Java and SQL.

                Lumenwave Video is an equal opportunity employer and does not discriminate on the basis of age.
                """);
        assertThat(a.title().value()).isEqualTo("Graduate Software Engineer 2027");
        assertThat(a.company().name()).isEqualTo("Lumenwave Video");
        assertThat(a.company().group()).isEqualTo("Lumenwave Group");
        assertThat(a.employmentType()).isNotEqualTo(EmploymentType.INTERNSHIP);
        assertThat(a.sections()).extracting(PostingAnalysis.Section::heading)
                .contains("What we are looking for", "Who we're looking for");
        assertThat(a.ignored()).extracting(PostingAnalysis.Ignored::reason)
                .contains(IgnoredReason.NAVIGATION, IgnoredReason.TRACKING_WIDGET, IgnoredReason.LEGAL);
        assertThat(a.degree().fields()).containsExactlyInAnyOrder("computer science", "statistics", "mathematics");
        assertThat(a.otherRequirements()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo(PostingAnalysis.OtherKind.YEARS_OF_EXPERIENCE);
            assertThat(r.years()).isEqualTo(3);
        });
        assertThat(a.skills()).extracting(PostingAnalysis.SkillRequirement::name)
                .contains("SQL").doesNotContain("Google Video");
    }

    @Test
    void readsInternshipWindowsTakingTheYearFromTheTitle() {
        PostingAnalysis a = text("""
                Machine Learning Engineer Intern - 2026 Start

                Minimum Qualifications
                - Able to commit to an internship of at least 3 months. Internship windows: January to June, or May to August.
                """);
        assertThat(a.employmentType()).isEqualTo(EmploymentType.INTERNSHIP);
        assertThat(a.internship().windows()).extracting(w -> w.start() + ".." + w.end())
                .containsExactly("2026-01..2026-06", "2026-05..2026-08");
        assertThat(a.internship().minimumWeeks()).isEqualTo(13);
        assertThat(a.internship().yearInferred()).isTrue();
        assertThat(a.warnings()).extracting(PostingAnalysis.Warning::code).contains("YEAR_INFERRED");
    }

    @Test
    void readsASummerOfAGivenYearWithItsLength() {
        PostingAnalysis a = text("Research Intern\n\nThe internship lasts 12 weeks during the Summer of 2026.");
        assertThat(a.internship().season()).isEqualTo(PostingAnalysis.Season.SUMMER);
        assertThat(a.internship().year()).isEqualTo(2026);
        assertThat(a.internship().minimumWeeks()).isEqualTo(12);
        assertThat(a.internship().yearInferred()).isFalse();
    }

    @Test
    void interviewDatesAreNotAnInternshipWindow() {
        PostingAnalysis a = text("Summer Analyst Intern\n\nThe program runs in summer 2026 (10-12 weeks).\n"
                + "Interviews take place from October through December.");
        assertThat(a.internship().windows()).isEmpty();
        assertThat(a.internship().minimumWeeks()).isEqualTo(10);
    }

    @Test
    void readsPhdPursuingWithFields() {
        PostingAnalysis a = text("Requirements:\n- Currently pursuing a PhD in Computer Science, Electrical Engineering "
                + "or a quantitative field.");
        assertThat(a.degree().levels()).containsExactly(DegreeLevel.PHD);
        assertThat(a.degree().status()).isEqualTo(DegreeStatus.PURSUING);
        assertThat(a.degree().fields()).containsExactly("computer science", "electrical engineering", "quantitative field");
    }

    @Test
    void readsMasterOrBachelor() {
        PostingAnalysis a = text("Qualifications\n- Master or Bachelor degree in CS, EE, OR, Applied Mathematics or similar.");
        assertThat(a.degree().levels()).containsExactlyInAnyOrder(DegreeLevel.BACHELOR, DegreeLevel.MASTER);
        assertThat(a.degree().fields()).contains("cs", "ee", "applied mathematics");
    }

    @Test
    void aDegreeForAPermanentJobIsACompletedDegree() {
        PostingAnalysis a = text("Staff Accountant (full-time)\n\nRequirements\n- Bachelor's degree in Accounting or Finance.");
        assertThat(a.degree().status()).isEqualTo(DegreeStatus.COMPLETED);
    }

    @Test
    void studentsOrRecentGraduatesMeansEither() {
        PostingAnalysis a = text("Graduate Engineer\n\nRequirements\n- Final-year students or recent graduates with a "
                + "Bachelor's or Master's degree in Computer Science.");
        assertThat(a.degree().status()).isEqualTo(DegreeStatus.ANY);
    }

    @Test
    void readsTheOnboardingDeadline() {
        PostingAnalysis a = text("Intern\n\nCandidates should commit to an onboarding date by end of year 2026.");
        assertThat(a.startDeadline().date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(a.startDeadline().evidence().of(a.text())).contains("onboarding date by end of year 2026");
    }

    @Test
    void readsAStartDateNoLaterThanADate() {
        assertThat(text("Engineer\n\nThe start date must be no later than March 1, 2027.").startDeadline().date())
                .isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void readsAGlobalApplicationLimitConsideredInOrder() {
        PostingAnalysis a = text("Intern\n\nHow to apply\nCandidates can apply to a maximum of two positions and will be "
                + "considered for jobs in the order you apply. The application limit is applicable to Northwind Video "
                + "Labs and its affiliates' jobs globally.");
        assertThat(a.applicationPolicy().maxApplications()).isEqualTo(2);
        assertThat(a.applicationPolicy().consideredInOrder()).isTrue();
        assertThat(a.applicationPolicy().scope()).isEqualTo(ApplicationLimitScope.GLOBAL);
        assertThat(a.applicationPolicy().evidence()).hasSize(2);
    }

    @Test
    void readsACompanyOnlyApplicationLimit() {
        PostingAnalysis a = text("Analyst\n\nYou may apply to up to 3 roles at Woodgrove Bank.");
        assertThat(a.applicationPolicy().maxApplications()).isEqualTo(3);
        assertThat(a.applicationPolicy().scope()).isEqualTo(ApplicationLimitScope.COMPANY);
        assertThat(a.applicationPolicy().consideredInOrder()).isFalse();
    }

    @Test
    void alternativesBecomeAnAnyOfGroup() {
        PostingAnalysis a = text("Requirements\n- Experience with PyTorch or TensorFlow is required.\n"
                + "- Solid experience in at least one of: machine learning, pattern recognition, NLP, data mining, or computer vision.");
        assertThat(a.requirementGroups()).hasSize(2);
        assertThat(a.requirementGroups().get(0).skillIds()).containsExactly("jf:pytorch", "jf:tensorflow");
        assertThat(a.requirementGroups().get(1).skillIds()).hasSize(5);
        assertThat(a.requirementGroups()).allMatch(g -> g.mode() == PostingAnalysis.GroupMode.ANY_OF
                && g.importance() == Importance.REQUIRED);
    }

    @Test
    void aListJoinedByAndIsAnAllOfGroupButABareEnumerationIsNoGroup() {
        PostingAnalysis joined = text("Requirements\n- Strong SQL and Python skills.");
        assertThat(joined.requirementGroups()).singleElement()
                .satisfies(g -> assertThat(g.mode()).isEqualTo(PostingAnalysis.GroupMode.ALL_OF));
        assertThat(text("Requirements\n- Tools: Docker, Kubernetes, Terraform.").requirementGroups()).isEmpty();
    }

    @Test
    void preferredSectionMakesSkillsPreferred() {
        PostingAnalysis a = text("Minimum qualifications\n- Python\n\nPreferred qualifications\n- Experience with Kubernetes");
        assertThat(a.skills()).extracting(s -> s.name() + ":" + s.importance())
                .contains("Python (computer programming):REQUIRED", "Kubernetes:PREFERRED");
    }

    @Test
    void nothingInALinkFarmOrBenefitsBecomesARequirement() {
        PostingAnalysis a = analyzer.analyze(PostingInput.html("""
                <html><body>
                <nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
                <h1>Data Analyst</h1>
                <h2>Requirements</h2><ul><li>Strong SQL and Python</li></ul>
                <h2>Benefits</h2><ul><li>Health, dental and 401(k)</li><li>Free snacks</li></ul>
                <div class="similar-jobs"><h3>More jobs like this</h3>
                <p>Data Engineer jobs, Kafka jobs, Terraform jobs, PySpark jobs</p></div>
                <div class="job-actions"><button>Save this job</button> <a>Track this job</a></div>
                </body></html>"""));
        assertThat(a.skills()).extracting(PostingAnalysis.SkillRequirement::name)
                .contains("SQL", "Python (computer programming)")
                .doesNotContain("Apache Kafka", "Terraform", "PySpark");
        assertThat(a.ignored()).extracting(PostingAnalysis.Ignored::reason)
                .contains(IgnoredReason.NAVIGATION, IgnoredReason.BENEFITS, IgnoredReason.LINK_FARM, IgnoredReason.TRACKING_WIDGET);
        assertThat(a.sections()).extracting(PostingAnalysis.Section::kind).contains(SectionKind.MINIMUM_QUALIFICATIONS);
    }

    @Test
    void everyEvidenceSpanPointsIntoTheReturnedText() {
        PostingAnalysis a = text("Requirements\n- Experience with PyTorch or TensorFlow is required.\n- 3+ years of experience.\n"
                + "- Fluent in German and English.");
        a.skills().forEach(s -> s.evidence().forEach(e -> assertThat(e.end()).isLessThanOrEqualTo(a.text().length())));
        assertThat(a.otherRequirements()).extracting(o -> o.kind().name())
                .contains("YEARS_OF_EXPERIENCE", "LANGUAGE");
        assertThat(a.otherRequirements().get(0).evidence().of(a.text())).contains("3+ years");
    }

    @Test
    void analysisIsDeterministic() {
        String posting = "ML Intern 2026\n\nRequirements\n- PyTorch or TensorFlow\n- Currently pursuing a PhD";
        assertThat(text(posting)).isEqualTo(text(posting));
    }

    @Test
    void readsLocationsFromLabelledLinesAndHeaderLines() {
        assertThat(text("Data Analyst\nLocation: Charlotte, NC; New York, NY\n").locations())
                .extracting(PostingAnalysis.EvidencedText::value).containsExactly("Charlotte, NC", "New York, NY");
        assertThat(text("Northwind Video Labs | Seattle, WA | Internship | Req ID: 4418-TS\nResearch Intern").locations())
                .extracting(PostingAnalysis.EvidencedText::value).containsExactly("Seattle, WA");
    }

    @Test
    void readsTheCompanyAndItsGroup() {
        PostingAnalysis a = text("Registered Nurse\n\nRiverside Medical Center, part of Fabrikam Health, is hiring.");
        assertThat(a.company().name()).isEqualTo("Riverside Medical Center");
        assertThat(a.company().group()).isEqualTo("Fabrikam Health");
        assertThat(text("Store Manager\n\nAbout Litware Retail\nLitware Retail operates more than 260 stores.")
                .company().name()).isEqualTo("Litware Retail");
    }

    @Test
    void emptyListsAreNeverNull() {
        PostingAnalysis a = text("Hello");
        assertThat(List.of(a.skills(), a.sections(), a.ignored(), a.publications(), a.otherRequirements(), a.warnings()))
                .allMatch(l -> l != null);
    }
}
