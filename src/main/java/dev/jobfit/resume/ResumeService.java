package dev.jobfit.resume;

import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.DocumentType;
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
        return parseDocument(content, declaredPdf).profile();
    }

    /** The profile of an uploaded file and what the file turned out to be. */
    public ParsedDocument parseDocument(byte[] content, boolean declaredPdf) {
        try {
            ExtractedDocument document = extractor.extract(content, declaredPdf);
            return new ParsedDocument(profile(document.text(), document.warnings()), document.type());
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
        warnings.addAll(parsed.warnings());
        skills.language().nonEnglish(parsed.text()).ifPresent(language -> warnings.add("NOT_ENGLISH"));
        return parsed.withWarnings(warnings);
    }

    /**
     * A parsed upload.
     *
     * @param profile the profile
     * @param type what the file turned out to be, by its content
     */
    public record ParsedDocument(ResumeProfile profile, DocumentType type) {
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
