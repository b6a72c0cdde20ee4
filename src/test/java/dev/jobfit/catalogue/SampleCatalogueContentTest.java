package dev.jobfit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.jobfit.company.ApplicationLimitScope;
import dev.jobfit.company.ApplicationPolicy;
import dev.jobfit.education.DegreeLevel;
import dev.jobfit.posting.analysis.EmploymentType;
import dev.jobfit.posting.analysis.IgnoredReason;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.posting.analysis.PostingAnalysis.GroupMode;
import dev.jobfit.posting.analysis.PostingAnalysis.OtherKind;
import dev.jobfit.posting.analysis.PostingAnalysis.Season;
import dev.jobfit.posting.analysis.PostingAnalysis.SkillRequirement;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.posting.api.PostingFormat;
import dev.jobfit.posting.api.PostingRequest;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample catalogue under src/main/resources/catalogue: its JSON is well formed and consistent (files
 * exist, groups are listed before their affiliates and are one level deep), and the real posting analyser
 * reads each posting as intended: employment type, degree, internship windows and length, start deadline,
 * application policy and the key skills. Plain JUnit, no Quarkus, so it runs in seconds.
 */
class SampleCatalogueContentTest {

    static final String ROOT = "/catalogue/";
    /** The day the catalogue was written; internships must lie after it and postings before it. */
    static final LocalDate WRITTEN = LocalDate.of(2026, 11, 22);

    record Catalogue(List<CompanyEntry> companies, List<PostingEntry> postings) {
    }

    record CompanyEntry(String name, String website, String group, ApplicationPolicy policy) {
    }

    record PostingEntry(String file, PostingFormat format, String company, String url, LocalDate postedAt) {

        @Override
        public String toString() {
            return file;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    static PostingAnalyzer analyzer;
    static Catalogue catalogue;

    @BeforeAll
    static void load() {
        analyzer = new PostingAnalyzer(new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()),
                SkillNameFinder.loadShipped()));
        catalogue = readCatalogue();
    }

    static Catalogue readCatalogue() {
        try (InputStream in = SampleCatalogueContentTest.class.getResourceAsStream(ROOT + "catalogue.json")) {
            assertThat(in).as("catalogue.json on the class path").isNotNull();
            return JSON.readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<PostingEntry> postings() {
        return readCatalogue().postings().stream();
    }

    static String content(PostingEntry posting) {
        try (InputStream in = SampleCatalogueContentTest.class.getResourceAsStream(ROOT + posting.file())) {
            assertThat(in).as("%s on the class path", posting.file()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analysed as the loader will: the catalogue's company and URL are given, the title and date are read from the text. */
    static PostingAnalysis analyse(PostingEntry posting) {
        return analyzer.analyze(new PostingInput(content(posting), posting.format() == PostingFormat.HTML,
                null, posting.company(), posting.url(), null));
    }

    static CompanyEntry company(String name) {
        return catalogue.companies().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The policy that governs a company's postings: its group's, else its own. */
    static Optional<ApplicationPolicy> effectivePolicy(CompanyEntry company) {
        if (company.group() != null && company(company.group()).policy() != null) {
            return Optional.of(company(company.group()).policy());
        }
        return Optional.ofNullable(company.policy());
    }

    // ---------------------------------------------------------------- structure

    @Test
    void companiesAreUniqueWithExampleWebsitesAndGroupsListedFirstOneLevelDeep() {
        Map<String, CompanyEntry> earlier = new HashMap<>();
        for (CompanyEntry company : catalogue.companies()) {
            assertThat(company.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(earlier).as("duplicate company %s", company.name())
                    .doesNotContainKey(company.name().toLowerCase(Locale.ROOT));
            assertThat(company.website()).matches("https://\\S+");
            assertThat(URI.create(company.website()).getHost()).as("invented domain").endsWith(".example");
            if (company.group() != null) {
                CompanyEntry group = earlier.get(company.group().toLowerCase(Locale.ROOT));
                assertThat(group).as("group '%s' of %s must be listed before it", company.group(), company.name()).isNotNull();
                assertThat(group.name()).as("exact spelling of the group").isEqualTo(company.group());
                assertThat(group.group()).as("groups are one level deep: %s is itself an affiliate", group.name()).isNull();
            }
            if (company.policy() != null) {
                assertThat(company.policy().scope()).isNotNull();
                if (company.policy().maxApplications() != null) {
                    assertThat(company.policy().maxApplications()).isBetween(1, 1000);
                }
            }
            earlier.put(company.name().toLowerCase(Locale.ROOT), company);
        }
        // An affiliate is never itself a group.
        Set<String> groups = new HashSet<>();
        catalogue.companies().stream().map(CompanyEntry::group).filter(Objects::nonNull).forEach(groups::add);
        catalogue.companies().stream().filter(c -> groups.contains(c.name()))
                .forEach(g -> assertThat(g.group()).as("%s has affiliates and a group", g.name()).isNull());
    }

    @Test
    void postingsReferToListedCompaniesAndExistingFiles() {
        assertThat(catalogue.postings()).hasSizeBetween(8, 10);
        assertThat(catalogue.postings()).extracting(PostingEntry::file).doesNotHaveDuplicates();
        assertThat(catalogue.postings()).extracting(PostingEntry::url).doesNotHaveDuplicates();
        Set<String> companies = new HashSet<>();
        catalogue.companies().forEach(c -> companies.add(c.name()));
        for (PostingEntry posting : catalogue.postings()) {
            assertThat(companies).as("company of %s", posting.file()).contains(posting.company());
            assertThat(posting.format()).as("format of %s", posting.file()).isNotNull();
            assertThat(posting.file()).startsWith("postings/")
                    .endsWith(posting.format() == PostingFormat.HTML ? ".html" : ".txt");
            assertThat(SampleCatalogueContentTest.class.getResource(ROOT + posting.file())).as(posting.file()).isNotNull();
            String text = content(posting);
            assertThat(text).isNotBlank().hasSizeLessThanOrEqualTo(PostingRequest.MAX_CHARACTERS);
            assertThat(posting.url()).matches("https://\\S+").hasSizeLessThanOrEqualTo(2000);
            assertThat(URI.create(posting.url()).getHost()).endsWith(".example");
            assertThat(posting.postedAt()).isNotNull().isBefore(WRITTEN);
        }
        // Every company has something to match, and every file in the folder is listed.
        catalogue.companies().forEach(c -> assertThat(catalogue.postings()).as("postings of %s", c.name())
                .anyMatch(p -> p.company().equals(c.name()) || company(p.company()).group() != null
                        && company(p.company()).group().equals(c.name())));
    }

    @Test
    void theGroupHasItsAffiliatesPolicyAndFourOrMorePostings() {
        List<CompanyEntry> groups = catalogue.companies().stream()
                .filter(g -> catalogue.companies().stream().anyMatch(c -> g.name().equals(c.group()))).toList();
        assertThat(groups).hasSize(1);
        CompanyEntry group = groups.get(0);
        assertThat(catalogue.companies()).filteredOn(c -> group.name().equals(c.group())).hasSize(2)
                .allSatisfy(a -> assertThat(a.policy()).as("affiliates follow the group's policy").isNull());
        assertThat(group.policy()).isEqualTo(new ApplicationPolicy(2, ApplicationLimitScope.GLOBAL, true, false));
        assertThat(catalogue.postings()).filteredOn(p -> inGroup(p, group)).hasSizeGreaterThanOrEqualTo(4);
        // Stand-alone companies add contrast: 4 or 5 postings from 2 or 3 companies.
        List<PostingEntry> others = catalogue.postings().stream().filter(p -> !inGroup(p, group)).toList();
        assertThat(others).hasSizeBetween(4, 5);
        assertThat(others.stream().map(PostingEntry::company).distinct().count()).isBetween(2L, 3L);
    }

    static boolean inGroup(PostingEntry posting, CompanyEntry group) {
        return posting.company().equals(group.name()) || group.name().equals(company(posting.company()).group());
    }

    @Test
    void groupPostingsLookLikeRealCareerPages() {
        CompanyEntry group = company("Lumenwave Group");
        List<PostingAnalysis> pages = catalogue.postings().stream().filter(p -> inGroup(p, group))
                .map(SampleCatalogueContentTest::analyse).toList();
        for (PostingAnalysis a : pages) {
            assertThat(a.ignored()).extracting(PostingAnalysis.Ignored::reason)
                    .as("boilerplate of '%s'", a.title().value())
                    .contains(IgnoredReason.TRACKING_WIDGET, IgnoredReason.LINK_FARM, IgnoredReason.BENEFITS);
            assertThat(a.text()).containsIgnoringCase("equal opportunity employer");
            assertThat(a.text()).as("each group posting carries the group's application rule")
                    .containsPattern("apply to (at most|a maximum of) two positions");
        }
        assertThat(pages).filteredOn(a -> a.ignored().stream().anyMatch(i -> i.reason() == IgnoredReason.COOKIE_BANNER))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    // ---------------------------------------------------------------- analysis, every posting

    @ParameterizedTest(name = "{0}")
    @MethodSource("postings")
    void analysesConsistentlyWithTheCatalogue(PostingEntry posting) {
        PostingAnalysis a = analyse(posting);
        CompanyEntry company = company(posting.company());
        assertThat(a.title()).as("title").isNotNull();
        assertThat(a.title().value()).as("title, not a breadcrumb").doesNotContain(">", "|", "Home").hasSizeGreaterThan(10);
        assertThat(a.postedAt()).as("the date in the text is the catalogue's").isEqualTo(posting.postedAt());
        assertThat(a.externalId()).as("job id").isNotNull();
        assertThat(a.company()).isNotNull();
        assertThat(a.company().name()).isEqualTo(company.name());
        assertThat(a.company().group()).as("group read from the text").isEqualTo(company.group());
        assertThat(a.locations()).as("locations").isNotEmpty();
        assertThat(a.employmentType()).isNotEqualTo(EmploymentType.UNKNOWN);
        assertThat(a.skills()).as("skills").isNotEmpty();
        assertThat(a.warnings()).as("warnings").isEmpty();
        Optional<ApplicationPolicy> policy = effectivePolicy(company);
        if (policy.isPresent()) {
            assertThat(a.applicationPolicy()).as("application policy read from the text").isNotNull();
            assertThat(a.applicationPolicy().maxApplications()).isEqualTo(policy.get().maxApplications());
            assertThat(a.applicationPolicy().scope()).isEqualTo(policy.get().scope());
            assertThat(a.applicationPolicy().consideredInOrder()).isEqualTo(policy.get().consideredInOrder());
        } else {
            assertThat(a.applicationPolicy()).as("no application rule in the text").isNull();
        }
        if (a.internship() != null) {
            assertThat(a.internship().year()).isEqualTo(2027);
            assertThat(a.internship().yearInferred()).isFalse();
            a.internship().windows().forEach(w -> assertThat(w.start().atDay(1)).isAfter(WRITTEN));
        }
        EXPECTATIONS.get(posting.file().replaceFirst("^postings/", "")).accept(a);
    }

    @Test
    void everyPostingHasExpectations() {
        assertThat(EXPECTATIONS.keySet()).containsExactlyInAnyOrderElementsOf(
                catalogue.postings().stream().map(p -> p.file().replaceFirst("^postings/", "")).toList());
    }

    // ---------------------------------------------------------------- analysis, one posting at a time

    static final Map<String, Consumer<PostingAnalysis>> EXPECTATIONS = Map.of(
            "01-lumenwave-video-ts-ml-phd-intern.html", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.INTERNSHIP);
                degree(a, DegreeStatus.PURSUING, DegreeLevel.PHD);
                assertThat(a.degree().fields()).contains("computer science", "quantitative field");
                windows(a, "2027-01..2027-06", "2027-05..2027-08");
                assertThat(a.internship().minimumWeeks()).isEqualTo(13);
                assertThat(a.startDeadline()).isNull();
                required(a, "PyTorch", "TensorFlow", "machine learning", "natural language processing", "computer vision",
                        "Python (computer programming)");
                anyOf(a, "PyTorch", "TensorFlow");
                anyOf(a, "machine learning", "natural language processing", "computer vision");
                venues(a, Importance.PREFERRED, "NeurIPS", "ICML", "CVPR", "ACL");
                other(a, OtherKind.AVAILABILITY_STATEMENT);
                absent(a, "Kubernetes", "Go", "React Native", "Apache Spark", "Redis");
            },
            "02-lumenwave-video-swe-intern-summer.txt", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.INTERNSHIP);
                degree(a, DegreeStatus.PURSUING, DegreeLevel.BACHELOR, DegreeLevel.MASTER);
                assertThat(a.internship().windows()).isEmpty();
                assertThat(a.internship().season()).isEqualTo(Season.SUMMER);
                assertThat(a.internship().minimumWeeks()).isEqualTo(12);
                required(a, "Java (computer programming)", "Go", "Python (computer programming)", "SQL");
                preferred(a, "Docker", "Kubernetes");
                absent(a, "Apache Kafka", "Rust", "Scala", "PyTorch");
            },
            "03-lumenwave-video-ml-engineer-graduate.html", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
                assertThat(a.internship()).isNull();
                degree(a, DegreeStatus.COMPLETED, DegreeLevel.BACHELOR, DegreeLevel.MASTER);
                assertThat(a.degree().fields()).containsExactly("computer science", "statistics");
                assertThat(a.startDeadline()).isNotNull();
                assertThat(a.startDeadline().date()).isEqualTo(LocalDate.of(2027, 12, 31));
                required(a, "PyTorch", "TensorFlow", "machine learning", "deep learning");
                anyOf(a, "PyTorch", "TensorFlow");
                preferred(a, "recommender systems", "Apache Spark");
                absent(a, "Apache Kafka", "Apache Hadoop", "Swift (computer programming)");
            },
            "04-lumenwave-research-scientist-intern-phd.txt", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.INTERNSHIP);
                degree(a, DegreeStatus.PURSUING, DegreeLevel.PHD);
                windows(a, "2027-05..2027-08");
                assertThat(a.internship().minimumWeeks()).isEqualTo(12);
                required(a, "PyTorch", "JAX", "deep learning", "natural language processing", "computer vision");
                anyOf(a, "PyTorch", "JAX");
                venues(a, Importance.REQUIRED, "NeurIPS", "ICML", "ICLR", "CVPR", "ACL");
                other(a, OtherKind.AVAILABILITY_STATEMENT);
                absent(a, "Kubernetes", "Rust");
            },
            "05-lumenwave-group-data-scientist-intern.html", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.INTERNSHIP);
                degree(a, DegreeStatus.PURSUING, DegreeLevel.MASTER, DegreeLevel.PHD);
                assertThat(a.degree().fields()).contains("statistics", "economics", "computer science");
                windows(a, "2027-06..2027-11");
                assertThat(a.internship().minimumWeeks()).isEqualTo(26);
                required(a, "SQL", "Python (computer programming)", "causal inference", "statistics");
                preferred(a, "Apache Spark", "Apache Hive");
                absent(a, "Java (computer programming)", "Kotlin", "Tableau");
            },
            "06-quillfeather-senior-backend-engineer.html", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
                assertThat(a.degree()).isNull();
                assertThat(a.internship()).isNull();
                years(a, 5);
                required(a, "Java (computer programming)", "Apache Kafka", "PostgreSQL", "Spring Boot");
                preferred(a, "Kubernetes", "Terraform");
                absent(a, "React", "Tableau", "Go", "Python (computer programming)");
            },
            "07-quillfeather-frontend-developer-contract.txt", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.CONTRACT);
                assertThat(a.degree()).isNull();
                assertThat(a.internship()).isNull();
                years(a, 3);
                other(a, OtherKind.WORK_AUTHORIZATION);
                required(a, "React", "TypeScript");
                absent(a, "Java (computer programming)", "Apache Kafka", "PostgreSQL");
            },
            "08-brightmoor-nlp-engineer.html", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
                degree(a, DegreeStatus.COMPLETED, DegreeLevel.MASTER, DegreeLevel.PHD);
                assertThat(a.degree().fields()).contains("computer science", "computational linguistics");
                years(a, 3);
                required(a, "Transformer models", "Hugging Face", "PyTorch", "Python (computer programming)",
                        "natural language processing");
                preferred(a, "large language models");
                venues(a, Importance.PREFERRED, "ACL", "EMNLP", "NAACL");
                absent(a, "Apache Kafka", "Java (computer programming)", "Tableau", "Kubernetes");
            },
            "09-brightmoor-data-analyst-part-time.txt", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.PART_TIME);
                degree(a, DegreeStatus.COMPLETED, DegreeLevel.BACHELOR);
                years(a, 2);
                required(a, "SQL", "Python (computer programming)", "Tableau");
                preferred(a, "A/B testing");
                absent(a, "natural language processing", "Apache Kafka", "Java (computer programming)");
            },
            "10-cobblestone-warehouse-shift-supervisor.txt", a -> {
                assertThat(a.employmentType()).isEqualTo(EmploymentType.FULL_TIME);
                assertThat(a.degree()).isNull();
                assertThat(a.internship()).isNull();
                years(a, 3);
                required(a, "operate forklift");
                absent(a, "Python (computer programming)", "SQL", "PyTorch");
            });

    static SkillRequirement skill(PostingAnalysis a, String name) {
        return a.skills().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no skill '" + name + "' in "
                        + a.skills().stream().map(SkillRequirement::name).toList()));
    }

    static void required(PostingAnalysis a, String... names) {
        for (String name : names) {
            assertThat(skill(a, name).importance()).as(name).isEqualTo(Importance.REQUIRED);
        }
    }

    static void preferred(PostingAnalysis a, String... names) {
        for (String name : names) {
            assertThat(skill(a, name).importance()).as(name).isEqualTo(Importance.PREFERRED);
        }
    }

    static void absent(PostingAnalysis a, String... names) {
        assertThat(a.skills()).extracting(SkillRequirement::name).as("skills from boilerplate").doesNotContain(names);
    }

    /** The skills are alternatives: one ANY_OF group holds them all. */
    static void anyOf(PostingAnalysis a, String... names) {
        String group = skill(a, names[0]).groupId();
        assertThat(group).as("group of %s", names[0]).isNotNull();
        for (String name : names) {
            assertThat(skill(a, name).groupId()).as("group of %s", name).isEqualTo(group);
        }
        assertThat(a.requirementGroups()).filteredOn(g -> g.id().equals(group)).singleElement()
                .satisfies(g -> assertThat(g.mode()).isEqualTo(GroupMode.ANY_OF));
    }

    static void degree(PostingAnalysis a, DegreeStatus status, DegreeLevel... levels) {
        assertThat(a.degree()).as("degree").isNotNull();
        assertThat(a.degree().levels()).containsExactlyInAnyOrder(levels);
        assertThat(a.degree().status()).isEqualTo(status);
        assertThat(a.degree().importance()).isEqualTo(Importance.REQUIRED);
    }

    static void windows(PostingAnalysis a, String... expected) {
        assertThat(a.internship()).as("internship").isNotNull();
        assertThat(a.internship().windows()).extracting(w -> w.start() + ".." + w.end()).containsExactly(expected);
    }

    static void years(PostingAnalysis a, int years) {
        assertThat(a.otherRequirements()).filteredOn(o -> o.kind() == OtherKind.YEARS_OF_EXPERIENCE)
                .extracting(PostingAnalysis.OtherRequirement::years).containsExactly(years);
    }

    static void other(PostingAnalysis a, OtherKind kind) {
        assertThat(a.otherRequirements()).extracting(PostingAnalysis.OtherRequirement::kind).contains(kind);
    }

    static void venues(PostingAnalysis a, Importance importance, String... venues) {
        assertThat(a.publications()).extracting(PostingAnalysis.VenueRequirement::venue).containsExactlyInAnyOrder(venues);
        assertThat(a.publications()).allSatisfy(v -> assertThat(v.importance()).isEqualTo(importance));
    }
}
