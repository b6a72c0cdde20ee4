package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resumes at the 100,000-character limit built to hit the parser's worst cases: each once took minutes
 * (searches that backtrack over the whole text from every position) or overflowed the stack (a regex group
 * repeated thousands of times). The time bound is a hang guard, far above the second or two these take.
 */
class ResumeParserWorstCaseTest {

    static final int LIMIT = 100_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "a run of letters (e-mail search)",
        "a run of digits (phone search)",
        "a run of dots (abbreviation search)",
        "initials without end in a publication (author names)",
        "a run of initials as an author (author list)"})
    void parsesAWorstCaseResumeAtTheLimit(String worstCase) {
        String text = switch (worstCase) {
            case "a run of letters (e-mail search)" -> "a".repeat(LIMIT);
            case "a run of digits (phone search)" -> "1".repeat(LIMIT);
            case "a run of dots (abbreviation search)" -> "Alex Example\n\nPUBLICATIONS\n" + ".".repeat(LIMIT - 30);
            case "initials without end in a publication (author names)" ->
                    "Alex Example\n\nPUBLICATIONS\n" + "A.".repeat((LIMIT - 60) / 2) + "B, A Title. CVPR 2024.";
            default -> "Alex Example\n\nPUBLICATIONS\nA. Example, " + "A.".repeat((LIMIT - 80) / 2) + "B. A title. NeurIPS 2023.";
        };
        ResumeProfile profile = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ResumeParser.parse(text, TODAY));
        assertThat(profile.text()).isNotEmpty();
    }
}
