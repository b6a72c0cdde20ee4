package dev.jobfit.resume;

import dev.jobfit.resume.extraction.DocumentExtractor;
import dev.jobfit.resume.extraction.DocumentType;
import dev.jobfit.resume.extraction.ExtractedDocument;
import dev.jobfit.resume.extraction.ExtractionFailure;
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
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Resume parsing for the API: uploads are read in memory, a bounded number at a time, and never stored here. */
@ApplicationScoped
public class ResumeService {

    private final SkillEngine skills;
    private final UploadCapacity capacity;
    private final DocumentExtractor extractor;
    private final Clock clock = Clock.systemUTC();

    ResumeService(SkillEngine skills, UploadCapacity capacity, ExtractionConfig limits) {
        this.skills = skills;
        this.capacity = capacity;
        this.extractor = new DocumentExtractor(limits.limits());
    }

    /**
     * The profile of an uploaded file and what it turned out to be. The file is read into memory only once
     * one of the bounded reading slots is free; a 503 problem sheds the upload when none frees up in time.
     */
    public ParsedDocument parseUpload(FileUpload file) {
        Uploads.required(file);
        return capacity.read(() -> {
            Uploads.Upload upload = Uploads.read(file);
            return parseDocument(upload.content(), upload.declaredPdf());
        });
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
            case TOO_MUCH_TEXT -> ProblemType.TOO_MUCH_TEXT;
            case UNSAFE_ARCHIVE -> ProblemType.UNSAFE_ARCHIVE;
            case TOO_SLOW -> ProblemType.EXTRACTION_TIMEOUT;
        };
    }
}
