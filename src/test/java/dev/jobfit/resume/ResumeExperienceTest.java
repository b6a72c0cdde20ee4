package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeSectionKind;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dated roles, and skills with the dates of the roles that use them. */
class ResumeExperienceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void readsDatedRolesAndTotalExperience() {
        ResumeProfile p = ResumeParser.parse("""
                Jo Placeholder

                Work Experience
                Data Engineer, Contoso Analytics, Jan 2022 - Present
                - Built pipelines in Python and Apache Spark
                Analyst at Woodgrove Bank
                03/2020 \u2013 12/2021
                - Reporting in SQL
                """, TODAY);
        assertThat(p.experience()).extracting(ResumeProfile.Experience::title).containsExactly("Data Engineer", "Analyst");
        assertThat(p.experience()).extracting(ResumeProfile.Experience::organization)
                .containsExactly("Contoso Analytics", "Woodgrove Bank");
        assertThat(p.experience().get(0).current()).isTrue();
        assertThat(p.experience().get(1).start()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(p.totalYearsExperience()).isEqualTo(6.8);
    }

    @Test
    void skillsUsedInRolesCarryTheirDatesAndListedOnesAreMarked() {
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(SkillTaxonomy.load()), Optional.empty());
        ResumeProfile p = ResumeParser.parse("""
                Jo Placeholder
                jo@example.com

                Experience
                Data Engineer, Contoso Analytics, Jan 2024 - Dec 2025
                - Built pipelines in Python

                Skills
                Python, Kubernetes
                """, TODAY, recognizer);
        ResumeProfile.ResumeSkill python = p.skills().stream()
                .filter(s -> s.name().startsWith("Python")).findFirst().orElseThrow();
        assertThat(python.lastUsed()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(python.years()).isEqualTo(2.0);
        assertThat(python.listedOnly()).isFalse();
        assertThat(python.sections()).contains(ResumeSectionKind.EXPERIENCE, ResumeSectionKind.SKILLS);
        ResumeProfile.ResumeSkill kubernetes = p.skills().stream()
                .filter(s -> s.name().equals("Kubernetes")).findFirst().orElseThrow();
        assertThat(kubernetes.listedOnly()).isTrue();
        assertThat(kubernetes.years()).isNull();
    }
}
