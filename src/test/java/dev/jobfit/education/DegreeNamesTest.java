package dev.jobfit.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegreeNamesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "B.S. in Computer Science | BACHELOR", "BSc Mathematics | BACHELOR", "B.Tech, Electrical | BACHELOR",
        "B.E. Mechanical Engineering | BACHELOR", "BA Economics | BACHELOR", "Bachelor of Arts in History | BACHELOR",
        "MS Statistics | MASTER", "M.Sc. Data Science | MASTER", "MEng Software | MASTER", "MBA, 2019 | MASTER",
        "MCA (Computer Applications) | MASTER", "Master of Science in Physics | MASTER",
        "PhD in Machine Learning | PHD", "Ph.D. candidate | PHD", "DPhil Engineering Science | PHD",
        "Doctor of Philosophy (Computer Science) | PHD", "Associate degree in Nursing | ASSOCIATE"})
    void recognisesEveryCommonForm(String text, DegreeLevel level) {
        assertThat(DegreeNames.find(text)).extracting(DegreeNames.Found::level).containsExactly(level);
    }

    @Test
    void keepsTheWordsAndTheirPlace() {
        String text = "Education: Master of Science in Statistics, 2021";
        DegreeNames.Found found = DegreeNames.find(text).get(0);
        assertThat(text.substring(found.start(), found.end())).isEqualTo("Master of Science");
    }

    @Test
    void findsBothLevelsOfMasterOrBachelor() {
        assertThat(DegreeNames.levels("Master or Bachelor degree in CS")).containsExactlyInAnyOrder(
                DegreeLevel.MASTER, DegreeLevel.BACHELOR);
    }

    @Test
    void aStateAbbreviationAboveADegreeLineIsNoMasters() {
        assertThat(DegreeNames.find("Northbridge University, Northbridge, MA\nPh.D., Computer Science"))
                .extracting(DegreeNames.Found::level).containsExactly(DegreeLevel.PHD);
        assertThat(DegreeNames.find("MA History, University of Westmere")).extracting(DegreeNames.Found::level)
                .containsExactly(DegreeLevel.MASTER);
    }

    @Test
    void aDegreeSpelledOutAgainInParenthesesIsOneDegree() {
        assertThat(DegreeNames.find("MCA (Master of Computer Applications)")).extracting(DegreeNames.Found::text)
                .containsExactly("MCA");
        assertThat(DegreeNames.find("Master of Science (M.Sc.) in Physics")).hasSize(1);
    }

    @Test
    void certificateProgrammesCountOnlyInEducationSections() {
        String entry = "Professional Certificate in Data Analytics";
        assertThat(DegreeNames.find(entry)).isEmpty();
        assertThat(DegreeNames.findInEducation(entry)).extracting(DegreeNames.Found::level, DegreeNames.Found::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DegreeLevel.OTHER, "Professional Certificate"));
    }
}
