package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.jobfit.research.VenueCatalog;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.Award;
import dev.jobfit.resume.profile.ResumeProfile.AwardKind;
import dev.jobfit.resume.profile.ResumeProfile.Publication;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Publications, awards and garbled-text warnings in a resume profile, one citation style or phrasing at a time. */
class ResumePublicationsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static List<Publication> publications(String resume) {
        return ResumeParser.parse(resume, TODAY).publications();
    }

    private static Publication onlyPublication(String resume) {
        List<Publication> found = publications(resume);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsInitialsThenQuotedTitleThenVenueAndYear() {
        Publication p = onlyPublication("""
                Jane Doe
                jane.doe@example.com

                PUBLICATIONS
                - J. Doe, B. Roe. "Sparse Attention for Long Documents." In NeurIPS 2024.
                """);
        assertThat(p.title()).isEqualTo("Sparse Attention for Long Documents");
        assertThat(p.venue()).isEqualTo("NeurIPS");
        assertThat(p.year()).isEqualTo(2024);
        assertThat(p.firstAuthor()).isTrue();
        assertThat(p.preprint()).isFalse();
    }

    @Test
    void readsSurnameInitialAuthorsWithYearInParenthesesAndFullProceedingsName() {
        Publication p = onlyPublication("""
                Jane Doe

                Papers
                Roe B, Doe J (2023). Depth from Defocus in the Wild. Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition.
                """);
        assertThat(p.title()).isEqualTo("Depth from Defocus in the Wild");
        assertThat(p.venue()).isEqualTo("CVPR");
        assertThat(p.year()).isEqualTo(2023);
        assertThat(p.firstAuthor()).isFalse();
    }

    @Test
    void readsTitleFirstArxivPreprint() {
        Publication p = onlyPublication("""
                Jane Doe

                Selected Publications
                Tokenizer-Free Translation at Scale. Jane Doe, Bo Roe. arXiv preprint arXiv:2401.01234, 2024.
                """);
        assertThat(p.title()).isEqualTo("Tokenizer-Free Translation at Scale");
        assertThat(p.venue()).isEqualTo("arXiv");
        assertThat(p.year()).as("the arXiv id is no year").isEqualTo(2024);
        assertThat(p.preprint()).isTrue();
        assertThat(p.firstAuthor()).isTrue();
    }

    @Test
    void readsNumberedEntriesWrappedOverLinesAsOneCitationEach() {
        String resume = """
                Jane Doe

                PUBLICATIONS
                (* equal contribution)
                [1] B. Roe*, **J. Doe***.
                    Graph Priors for Molecule Generation.
                    Advances in Neural Information Processing Systems (NeurIPS), 2022.
                [2] Doe, J., Roe, B.
                    Retrieval Hurts Sometimes.
                    Annual Meeting of the Association for Computational Linguistics, 2021.
                """;
        List<Publication> found = publications(resume);
        assertThat(found).extracting(Publication::title, Publication::venue, Publication::year, Publication::firstAuthor)
                .containsExactly(
                        tuple("Graph Priors for Molecule Generation", "NeurIPS", 2022, false),
                        tuple("Retrieval Hurts Sometimes", "ACL", 2021, true));
        String text = ResumeParser.parse(resume, TODAY).text();
        assertThat(found.get(0).evidence().of(text)).startsWith("B. Roe*").endsWith("(NeurIPS), 2022.");
    }

    @Test
    void normalisesTheManyNamesOfAVenue() {
        assertThat(VenueCatalog.ofCitation("Advances in Neural Information Processing Systems 36")).contains("NeurIPS");
        assertThat(VenueCatalog.ofCitation("Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing"))
                .contains("EMNLP");
        assertThat(VenueCatalog.ofCitation("Proc. of the 30th ACM SIGKDD Conference on Knowledge Discovery and Data Mining"))
                .contains("KDD");
        assertThat(VenueCatalog.ofCitation("International Conference on Learning Representations (ICLR)")).contains("ICLR");
        assertThat(VenueCatalog.ofCitation("IEEE/CVF International Conference on Computer Vision")).contains("ICCV");
        assertThat(VenueCatalog.ofCitation("Proceedings of the 47th International ACM SIGIR Conference")).contains("SIGIR");
        assertThat(VenueCatalog.ofCitation("IEEE Transactions on Image Processing")).contains("TIP");
        assertThat(VenueCatalog.ofCitation("NeurIPS 2023 Workshop on Robot Learning")).contains("NeurIPS Workshop");
        assertThat(VenueCatalog.ofCitation("ICML 2024. Also arXiv:2402.00001")).as("published beats preprint").contains("ICML");
        assertThat(VenueCatalog.ofCitation("Journal of Invented Results, 2020")).isEmpty();
    }

    @Test
    void leavesTheVenueNullWhenNoneIsKnown() {
        Publication p = onlyPublication("""
                Jane Doe

                PUBLICATIONS
                - J. Doe. "A Note on Posterior Checks." Journal of the Westmere Statistical Society, 2024.
                """);
        assertThat(p.venue()).isNull();
        assertThat(p.preprint()).isFalse();
    }

    @Test
    void firstAuthorToleratesInitialsSurnameFirstAndCapitals() {
        String entry = "\n\nPUBLICATIONS\n- %s, B. Roe. Fast Things. In ICML 2020.\n";
        assertThat(onlyPublication("Jane Doe" + entry.formatted("J. Doe")).firstAuthor()).isTrue();
        assertThat(onlyPublication("JANE DOE" + entry.formatted("Jane Doe")).firstAuthor()).isTrue();
        assertThat(onlyPublication("Jane Doe" + entry.formatted("Doe J")).firstAuthor()).isTrue();
        assertThat(onlyPublication("Jane Doe" + entry.formatted("K. Doe")).firstAuthor()).as("another Doe").isFalse();
        assertThat(onlyPublication("Jane Doe" + entry.formatted("C. Poe")).firstAuthor()).isFalse();
    }

    @Test
    void firstAuthorIsUnknownWithoutTheCandidatesNameOrAnAuthorList() {
        Publication noName = onlyPublication("""
                jane.doe@example.com

                PUBLICATIONS
                - J. Doe, B. Roe. Fast Things. In ICML 2020.
                """);
        assertThat(noName.firstAuthor()).isNull();
        Publication noAuthors = onlyPublication("""
                Jane Doe

                PUBLICATIONS
                - Fast Things. In ICML 2020.
                """);
        assertThat(noAuthors.firstAuthor()).isNull();
        assertThat(noAuthors.title()).isEqualTo("Fast Things");
    }

    @Test
    void readsAwardsSectionEntriesWithTheirKind() {
        ResumeProfile p = ResumeParser.parse("""
                Jane Doe

                HONORS & AWARDS
                - Kaggle Silver Medal - Store Sales Forecasting (rank 40/2,000), 2024
                - Northbridge Graduate Fellowship, 2022
                - Dean's List, Lakeside University, 2019 - 2021
                - Student Branch Treasurer, 2023 - 2024

                LANGUAGES
                English, French
                """, TODAY);
        assertThat(p.awards()).extracting(Award::title, Award::kind, Award::year).containsExactly(
                tuple("Kaggle Silver Medal", AwardKind.COMPETITION, 2024),
                tuple("Northbridge Graduate Fellowship", AwardKind.SCHOLARSHIP, 2022),
                tuple("Dean's List", AwardKind.HONOR, 2019));
    }

    @Test
    void findsKaggleMedalsAndPlacingsMentionedOutsideTheAwardsSection() {
        ResumeProfile p = ResumeParser.parse("""
                Jane Doe

                SUMMARY
                Kaggle Competitions Expert, 2 silver medals. Took 1st place in the Westmere Traffic Challenge 2023.
                """, TODAY);
        assertThat(p.awards()).extracting(Award::title, Award::kind).containsExactly(
                tuple("Kaggle Competitions Expert", AwardKind.COMPETITION),
                tuple("Kaggle silver medal", AwardKind.COMPETITION),
                tuple("Kaggle silver medal", AwardKind.COMPETITION),
                tuple("1st place in the Westmere Traffic Challenge", AwardKind.COMPETITION));
        assertThat(p.awards().get(3).year()).isEqualTo(2023);
    }

    @Test
    void doesNotRepeatAMentionTheAwardsSectionAlreadyLists() {
        ResumeProfile p = ResumeParser.parse("""
                Jane Doe

                SUMMARY
                Kaggle Competitions Expert with a gold medal.

                AWARDS
                - Kaggle Gold Medal, 2025
                """, TODAY);
        assertThat(p.awards()).extracting(Award::title).containsExactly("Kaggle Gold Medal");
    }

    @Test
    void warnsOfLowTextQualityWhenAPdfTextLayerIsGarbled() {
        String spacedOut = """
                J a n e D o e
                E X P E R I E N C E
                D a t a E n g i n e e r a t C o n t o s o 2 0 2 1 - 2 0 2 4
                B u i l t p i p e l i n e s
                """;
        String unmapped = "Jane Doe\n" + "\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD (cid:12)(cid:7)(cid:31) Engineer \uFFFD\uFFFD ".repeat(10);
        String noWords = "Jxnq Dwqp\n" + "Pxtrq Blrvq Wkzpt Qrtsv Mnbvc Zxqwr Tplkj Hgfdq Vbnmx Crtzw\n".repeat(4);
        assertThat(ResumeParser.parse(spacedOut, TODAY).warnings()).containsExactly("LOW_TEXT_QUALITY");
        assertThat(ResumeParser.parse(unmapped, TODAY).warnings()).containsExactly("LOW_TEXT_QUALITY");
        assertThat(ResumeParser.parse(noWords, TODAY).warnings()).containsExactly("LOW_TEXT_QUALITY");
    }

    @Test
    void doesNotWarnOnOrdinaryText() {
        ResumeProfile p = ResumeParser.parse("""
                Jane Doe
                jane.doe@example.com | +1 555-0100

                EXPERIENCE
                Data Engineer, Contoso, 2021 - 2024
                - Built SQL and Python pipelines on AWS (S3, EMR) for 3 TB/day; cut costs by 20%.
                - Ran a team of 4; on-call for ETL jobs in Airflow and dbt.

                SKILLS
                Python, SQL, dbt, Airflow, AWS, GCP, K8s, CI/CD, A/B tests
                """, TODAY);
        assertThat(p.warnings()).isEmpty();
    }
}
