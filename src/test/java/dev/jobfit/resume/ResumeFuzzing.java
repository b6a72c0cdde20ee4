package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.fuzz.FuzzSettings;
import dev.jobfit.resume.extraction.ExtractionLimits;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.SharedSkillEngine;
import dev.jobfit.web.ProblemException;

/**
 * What the resume fuzz tests check of every input: {@link ResumeService} (the entry point of every resume
 * endpoint) answers with a profile whose spans lie in its text, or refuses with a {@link ProblemException}
 * of a 4xx status. Any other exception, a stack overflow, running out of memory or a hang is a finding.
 */
final class ResumeFuzzing {

    private static ResumeService service;

    /** The limits the service runs with by default ({@code jobfit.documents.*} unset). */
    private static final ExtractionConfig DEFAULT_LIMITS = new ExtractionConfig() {
        @Override
        public long maxBytes() {
            return ExtractionLimits.DEFAULT.maxBytes();
        }

        @Override
        public int maxPages() {
            return ExtractionLimits.DEFAULT.maxPages();
        }

        @Override
        public int maxCharacters() {
            return ExtractionLimits.DEFAULT.maxCharacters();
        }

        @Override
        public java.time.Duration maxTime() {
            return ExtractionLimits.DEFAULT.maxTime();
        }

        @Override
        public long maxStreamMemory() {
            return ExtractionLimits.DEFAULT.maxMainMemoryBytes();
        }
    };

    private ResumeFuzzing() {
    }

    static synchronized ResumeService service() {
        if (service == null) {
            FuzzSettings.quietLibraries();
            // parseDocument reads in the caller's thread: no upload slots needed
            service = new ResumeService(SharedSkillEngine.get(), null, DEFAULT_LIMITS);
        }
        return service;
    }

    /** An upload, as the upload endpoints hand it to the service. */
    static void uploadIsReadOrRefused(byte[] content, boolean declaredPdf) {
        try {
            hasConsistentSpans(service().parseDocument(content, declaredPdf).profile());
        } catch (ProblemException refused) {
            assertThat(refused.type().status()).as("status of %s", refused.type()).isBetween(400, 499);
        }
    }

    static void hasConsistentSpans(ResumeProfile profile) {
        int length = profile.text().length();
        assertThat(length).isLessThanOrEqualTo(ExtractionLimits.DEFAULT.maxCharacters());
        for (ResumeProfile.Section section : profile.sections()) {
            assertThat(section.start()).isBetween(0, section.end());
            assertThat(section.end()).isLessThanOrEqualTo(length);
        }
        profile.skills().forEach(skill -> skill.evidence().forEach(span -> assertThat(span.end()).isLessThanOrEqualTo(length)));
    }
}
