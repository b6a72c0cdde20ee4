package dev.jobfit.resume;

import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionFailure;
import dev.jobfit.resume.extraction.ExtractionLimits;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.web.ProblemException;
import dev.jobfit.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Resume parsing for the API: uploads are read in memory and never stored here. */
@ApplicationScoped
public class ResumeService {

    private final SkillEngine skills;
    private final DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.DEFAULT);
    private final Clock clock = Clock.systemUTC();

    ResumeService(SkillEngine skills) {
        this.skills = skills;
    }

    /** The profile of an uploaded file, whatever its name or declared type says. */
    public ResumeProfile parse(byte[] content, boolean declaredPdf) {
        try {
            ExtractedDocument document = extractor.extract(content, declaredPdf);
            return profile(document.text(), document.warnings());
        } catch (ExtractionFailure failure) {
            throw new ProblemException(problemType(failure.reason()), failure.getMessage());
        }
    }

    public ResumeProfile parse(String text) {
        return profile(text, List.of());
    }

    private ResumeProfile profile(String text, List<String> extractionWarnings) {
        ResumeProfile parsed = ResumeParser.parse(text, LocalDate.now(clock), skills.recognizer());
        List<String> warnings = new ArrayList<>(extractionWarnings);
        skills.language().nonEnglish(parsed.text()).ifPresent(language -> warnings.add("NOT_ENGLISH"));
        return new ResumeProfile(parsed.parserVersion(), parsed.text(), parsed.sections(), parsed.contact(),
                parsed.education(), parsed.availability(), parsed.graduation(), parsed.experience(),
                parsed.totalYearsExperience(), parsed.skills(), List.copyOf(warnings));
    }

    static ProblemType problemType(ExtractionFailure.Reason reason) {
        return switch (reason) {
            case EMPTY_FILE -> ProblemType.EMPTY_FILE;
            case FILE_TOO_LARGE -> ProblemType.FILE_TOO_LARGE;
            case UNSUPPORTED_FORMAT -> ProblemType.UNSUPPORTED_FORMAT;
            case NOT_A_PDF -> ProblemType.NOT_A_PDF;
            case CORRUPT_FILE -> ProblemType.CORRUPT_FILE;
            case ENCRYPTED_PDF -> ProblemType.ENCRYPTED_PDF;
            case NO_TEXT_LAYER -> ProblemType.NO_TEXT_LAYER;
            case TOO_MANY_PAGES -> ProblemType.TOO_MANY_PAGES;
            case UNSAFE_ARCHIVE -> ProblemType.UNSAFE_ARCHIVE;
            case TOO_SLOW -> ProblemType.EXTRACTION_TIMEOUT;
        };
    }
}
