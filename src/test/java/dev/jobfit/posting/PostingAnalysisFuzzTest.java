package dev.jobfit.posting;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jobfit.fuzz.FuzzSettings;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.api.PostingFormat;
import dev.jobfit.posting.api.PostingRequest;
import dev.jobfit.skills.SharedSkillEngine;
import dev.jobfit.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test of posting analysis through {@link PostingService#analyze}, the entry point of
 * {@code POST /api/v1/postings/analyze} and of storing a posting: every input is analysed as HTML and as
 * plain text, and must give an analysis whose spans lie in its text, or a {@link ProblemException} with a
 * 4xx status. Anything else (another exception, a stack overflow, running out of memory, a hang) is a
 * finding. Seeds live in {@code src/test/resources/dev/jobfit/posting/PostingAnalysisFuzzTestInputs}.
 */
class PostingAnalysisFuzzTest {

    private static PostingService service;

    @BeforeAll
    static void load() {
        FuzzSettings.quietLibraries();
        // Analysis touches neither repository nor the JSON mapper: only storing does.
        service = new PostingService(SharedSkillEngine.get(), null, null, null, null);
    }

    @FuzzTest(maxDuration = FuzzSettings.MAX_DURATION, maxExecutions = FuzzSettings.MAX_EXECUTIONS)
    @DictionaryEntries({"<html>", "<body>", "<div>", "</div>", "<p>", "<ul>", "<li>", "<h2>", "<table>", "<td>", "<nav>",
        "<footer>", "<script>", "<br>", "<!--", "-->", "&nbsp;", "&amp;", "Requirements", "Minimum Qualifications",
        "Preferred Qualifications", "PhD", "Internship", "2026 Start", "at least 3 months", "January to June",
        "PyTorch or TensorFlow", "apply to at most 2", "- "})
    @Timeout(value = FuzzSettings.INPUT_TIMEOUT_SECONDS, unit = TimeUnit.SECONDS)
    void postingContent(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return; // refused by request validation before the service sees it
        }
        analysesOrRefuses(text, PostingFormat.HTML);
        analysesOrRefuses(text, PostingFormat.TEXT);
    }

    private static void analysesOrRefuses(String text, PostingFormat format) {
        try {
            hasConsistentSpans(service.analyze(new PostingRequest(text, format, null, null, null, null)));
        } catch (ProblemException refused) {
            assertThat(refused.type().status()).as("status of %s", refused.type()).isBetween(400, 499);
        }
    }

    private static void hasConsistentSpans(PostingAnalysis analysis) {
        int length = analysis.text().length();
        for (PostingAnalysis.Section section : analysis.sections()) {
            assertThat(section.start()).isBetween(0, section.end());
            assertThat(section.end()).isLessThanOrEqualTo(length);
        }
        for (PostingAnalysis.Ignored ignored : analysis.ignored()) {
            assertThat(ignored.start()).isBetween(0, ignored.end());
            assertThat(ignored.end()).isLessThanOrEqualTo(length);
        }
        analysis.requirementGroups().forEach(group -> {
            if (group.evidence() != null) {
                assertThat(group.evidence().end()).isLessThanOrEqualTo(length);
            }
        });
    }
}
