package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import dev.jobfit.resume.profile.ResumeSectionKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a resume's text into a profile, one phrasing at a time. */
class ResumeParserTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static final String PHD_STUDENT = """
            Alex Example
            alex.example@example.com | +1 555-0142 | https://github.example.com/alex-example

            EDUCATION
            PhD in Computer Science, Northbridge University, 2023 - present
            Expected graduation: June 2027
            M.Sc. Data Science, University of Westmere, 2021-2023

            Experience
            Research Assistant, Vision Lab, Jan 2024 - Present

            Availability
            Available for internship: May - August 2026
            """;

    @Test
    void findsSectionsUnderTheirHeadings() {
        ResumeProfile p = ResumeParser.parse(PHD_STUDENT, TODAY);
        assertThat(p.sections()).extracting(ResumeProfile.Section::kind).containsExactly(
                ResumeSectionKind.CONTACT, ResumeSectionKind.EDUCATION, ResumeSectionKind.EXPERIENCE,
                ResumeSectionKind.AVAILABILITY);
    }

    @Test
    void readsContactDetailsWithTheirSpans() {
        ResumeProfile p = ResumeParser.parse(PHD_STUDENT, TODAY);
        assertThat(p.contact().name()).isEqualTo("Alex Example");
        assertThat(p.contact().email()).isEqualTo("alex.example@example.com");
        assertThat(p.contact().phone()).isEqualTo("+1 555-0142");
        assertThat(p.contact().links()).containsExactly("https://github.example.com/alex-example");
        assertThat(p.contact().evidence()).allSatisfy(span -> assertThat(span.end()).isLessThanOrEqualTo(p.text().length()));
    }

    @Test
    void aDocumentTitleAboveTheNameIsNoName() {
        for (String title : List.of("RESUME", "Curriculum Vitae", "CV", "R\u00e9sum\u00e9:")) {
            ResumeProfile p = ResumeParser.parse(title + "\nJordan Sample\njordan.sample@example.com\n\nEDUCATION\n"
                    + "BSc Economics, University of Westmere, 2021 - 2025\n", TODAY);
            assertThat(p.contact().name()).as(title).isEqualTo("Jordan Sample");
            assertThat(p.contact().evidence()).extracting(span -> span.of(p.text())).contains("Jordan Sample");
        }
    }

    @Test
    void aResumeThatOpensWithAHeadingHasNoNameRatherThanTheHeading() {
        ResumeProfile p = ResumeParser.parse("""
                Education
                BSc Economics, University of Westmere, 2021 - 2025

                Skills
                Excel, SQL
                """, TODAY);
        assertThat(p.contact().name()).isNull();
        ResumeProfile labelled = ResumeParser.parse("""
                CURRICULUM VITAE
                Contact
                Name: Robin Placeholder
                robin@example.org

                Experience
                Analyst, Example Ltd, 2020 - 2024
                """, TODAY);
        assertThat(labelled.contact().name()).isEqualTo("Robin Placeholder");
    }

    @Test
    void credentialsAfterTheNameAreNotPartOfIt() {
        assertThat(ResumeParser.parse("Pat Specimen, RN, BSN\npat@example.com\n\nSkills\ntriage\n", TODAY)
                .contact().name()).isEqualTo("Pat Specimen");
        assertThat(ResumeParser.parse("Dana Example, Ph.D.\ndana@example.com\n", TODAY).contact().name())
                .isEqualTo("Dana Example");
    }

    @Test
    void readsADoctorateInProgressWithItsExpectedGraduation() {
        ResumeProfile p = ResumeParser.parse(PHD_STUDENT, TODAY);
        ResumeProfile.Education phd = p.education().get(0);
        assertThat(phd.level()).isEqualTo(DegreeLevel.PHD);
        assertThat(phd.field()).isEqualTo("computer science");
        assertThat(phd.institution()).isEqualTo("Northbridge University");
        assertThat(phd.status()).isEqualTo(EducationStatus.IN_PROGRESS);
        assertThat(phd.start()).isEqualTo(YearMonth.of(2023, 1));
        assertThat(phd.expectedGraduation()).isEqualTo(YearMonth.of(2027, 6));
        assertThat(p.graduation()).isEqualTo(YearMonth.of(2027, 6));
    }

    @Test
    void readsACompletedMasters() {
        ResumeProfile.Education msc = ResumeParser.parse(PHD_STUDENT, TODAY).education().get(1);
        assertThat(msc.level()).isEqualTo(DegreeLevel.MASTER);
        assertThat(msc.degree()).isEqualTo("M.Sc.");
        assertThat(msc.institution()).isEqualTo("University of Westmere");
        assertThat(msc.status()).isEqualTo(EducationStatus.COMPLETED);
        assertThat(msc.end()).isEqualTo(YearMonth.of(2023, 12));
    }

    @Test
    void aDegreeEndingInTheFutureIsInProgress() {
        ResumeProfile p = ResumeParser.parse("Jordan Sample\n\nEducation\nB.S. Computer Science, Lakeside Institute of "
                + "Technology, Sep 2023 - May 2027", TODAY);
        assertThat(p.education().get(0).status()).isEqualTo(EducationStatus.IN_PROGRESS);
        assertThat(p.education().get(0).expectedGraduation()).isEqualTo(YearMonth.of(2027, 5));
    }

    @Test
    void readsAvailabilityPhrasings() {
        assertThat(ResumeParser.parse(PHD_STUDENT, TODAY).availability()).singleElement().satisfies(a -> {
            assertThat(a.start()).isEqualTo(YearMonth.of(2026, 5));
            assertThat(a.end()).isEqualTo(YearMonth.of(2026, 8));
        });
        assertThat(ResumeParser.parse("Sam\nI can start January 2026 for 6 months.", TODAY).availability())
                .singleElement().satisfies(a -> assertThat(a.end()).isEqualTo(YearMonth.of(2026, 6)));
        assertThat(ResumeParser.parse("Sam\nAvailable from June 2026.", TODAY).availability())
                .singleElement().satisfies(a -> {
                    assertThat(a.start()).isEqualTo(YearMonth.of(2026, 6));
                    assertThat(a.end()).isNull();
                });
        assertThat(ResumeParser.parse("Sam\nSeeking a 12-week summer 2026 internship.", TODAY).availability())
                .singleElement().satisfies(a -> {
                    assertThat(a.start()).isEqualTo(YearMonth.of(2026, 6));
                    assertThat(a.end()).isEqualTo(YearMonth.of(2026, 8));
                });
    }

    @Test
    void noAvailabilityStatedMeansNone() {
        assertThat(ResumeParser.parse("Sam Sample\n\nEducation\nBSc Physics, 2020", TODAY).availability()).isEmpty();
    }
}
