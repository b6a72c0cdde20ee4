package dev.jobfit.resume;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobfit.fuzz.FuzzSettings;
import dev.jobfit.resume.api.ResumeTextRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes plain-text resumes, uploaded as a file and pasted as text: the resume parser's sections,
 * contact, dates, education and skills readers get arbitrary text. Seeds in
 * {@code src/test/resources/dev/jobfit/resume/TextResumeFuzzTestInputs}. See {@link ResumeFuzzing} for
 * what counts as a finding.
 */
class TextResumeFuzzTest {

    /** What {@link ResumeTextRequest} accepts. */
    private static final int MAX_PASTED_CHARACTERS = 100_000;

    @BeforeAll
    static void load() {
        ResumeFuzzing.service();
    }

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION, maxExecutions = FuzzSettings.MAX_EXECUTIONS)
    @DictionaryEntries({"EDUCATION", "EXPERIENCE", "SKILLS", "PUBLICATIONS", "AWARDS", "AVAILABILITY", "PhD", "M.Sc.",
        "Bachelor of Science", "present", "Expected graduation:", "Jan 2024 - Present", "May - August 2026",
        "Summer 2026", "for 4 months", "@example.com", "University", "GPA", " | ", " - ", "\u2013"})
    @Timeout(value = FuzzSettings.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    void textResume(byte[] content) {
        ResumeFuzzing.uploadIsReadOrRefused(content, false);
        String pasted = new String(content, StandardCharsets.UTF_8);
        if (!pasted.isBlank() && pasted.length() <= MAX_PASTED_CHARACTERS) {
            ResumeFuzzing.hasConsistentSpans(ResumeFuzzing.service().parse(pasted));
        }
    }
}
