package dev.jobfit.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fields of study a posting asks for against a candidate's, and the index keys that find the same matches. */
class FieldsOfStudyTest {

    static final List<String> REQUIRED = List.of("computer science", "CS", "electrical engineering", "EE",
            "mathematics", "applied mathematics", "a quantitative field", "quantitative discipline", "STEM",
            "engineering", "related technical field", "statistics", "economics", "finance", "accounting",
            "machine learning", "data science", "physics", "operations research", "financial engineering",
            "business", "marketing", "information systems", "communications", "computer engineering",
            "Computer Science, Engineering or a related field", "");

    static final List<String> CANDIDATE = List.of("accounting", "communications", "computer applications",
            "computer science and engineering", "computer science and mathematics", "Computer Science", "data analytics",
            "data science", "economics", "electrical and computer engineering", "electrical and electronics engineering",
            "electrical engineering", "electronics and communication engineering", "finance", "history",
            "information systems", "mathematics", "nursing", "statistical science", "statistics", "Physics",
            "Mechanical Engineering", "Mathematical Finance", "Applied Math", "EECS", "CS", "Bioinformatics",
            "Computational Biology", "Neuroscience", "English Literature", "Operations Research and Statistics",
            "Quantitative Economics", "Engineering", "", "B.Sc.");

    @Test
    void matchesFamiliesAndContainedNames() {
        assertThat(FieldsOfStudy.matches("a quantitative field", "statistical science")).isTrue();
        assertThat(FieldsOfStudy.matches("computer science", "computer science and engineering")).isTrue();
        assertThat(FieldsOfStudy.matches("electrical and computer engineering", "computer engineering")).isTrue();
        assertThat(FieldsOfStudy.matches("mathematics", "Mathematical Finance")).as("by the family's stem").isTrue();
        assertThat(FieldsOfStudy.matches("engineering", "Mechanical Engineering")).isTrue();
        assertThat(FieldsOfStudy.matches("computer science", "history")).isFalse();
        assertThat(FieldsOfStudy.matches("", "history")).isFalse();
    }

    /** The recall index finds candidates by these keys; they must find exactly the fields that match. */
    @Test
    void indexKeysShareAKeyExactlyWhenTheFieldsMatch() {
        int matching = 0;
        for (String required : REQUIRED) {
            for (String candidate : CANDIDATE) {
                boolean matches = FieldsOfStudy.matches(required, candidate);
                boolean byKeys = !Collections.disjoint(FieldsOfStudy.keys(candidate),
                        FieldsOfStudy.keysMatching(List.of(required)));
                assertThat(byKeys).as("'%s' asked, '%s' shown", required, candidate).isEqualTo(matches);
                matching += matches ? 1 : 0;
            }
        }
        assertThat(matching).as("pairs that match").isGreaterThan(80);
    }
}
