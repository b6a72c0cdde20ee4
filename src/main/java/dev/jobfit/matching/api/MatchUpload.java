package dev.jobfit.matching.api;

import jakarta.validation.Valid;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A resume file to match against postings: the {@code multipart/form-data} body of {@code POST /api/v1/matches}.
 * The options travel as a JSON document in their own part; the API description calls that part a string holding
 * JSON (with {@link MatchOptions} as its content schema) because generated clients send object-typed form parts
 * as text of their own making, not as JSON.
 */
@Schema(name = "MatchUpload", description = "A resume file to match, with optional match options.")
public class MatchUpload {

    /** The resume: PDF, DOCX or plain text, recognised by its content. */
    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "The resume: PDF, DOCX or plain text (recognised by its content), at most 10 MB.")
    public FileUpload file;

    /** The match options, a JSON document; all defaults when absent. */
    @RestForm("options")
    @PartType(MediaType.APPLICATION_JSON)
    @Valid
    @Schema(implementation = String.class, contentMediaType = MediaType.APPLICATION_JSON, contentSchema = MatchOptions.class,
            description = "The match options as a JSON document (a MatchOptions object), e.g. {\"limit\": 3}; "
                    + "all defaults when absent.", example = "{\"limit\": 3}")
    public MatchOptions options;
}
