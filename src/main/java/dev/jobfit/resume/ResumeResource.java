package dev.jobfit.resume;

import dev.jobfit.resume.api.ResumeTextRequest;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/resumes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resumes", description = "Resume parsing.")
public class ResumeResource {

    private final ResumeService service;

    ResumeResource(ResumeService service) {
        this.service = service;
    }

    @POST
    @Path("/parse")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "parseResumeFile", summary = "Parse an uploaded resume",
            description = "Reads a PDF, DOCX or plain-text resume (recognised by its content, at most 10 MB and 20 pages) "
                    + "into a profile whose spans point into the returned text. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The profile.",
            content = @Content(schema = @Schema(implementation = ResumeProfile.class)))
    @APIResponse(responseCode = "422", description = "The document cannot be read: encrypted, damaged, without a text "
            + "layer, too many pages, an unsafe archive or too slow; the detail says what to do.")
    public ResumeProfile parseFile(@RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
            format = "binary") FileUpload file) {
        if (file == null) {
            throw ProblemException.invalidField("file", "attach the resume as the multipart part named 'file'");
        }
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
            return service.parse(content, type.contains("pdf") || name.endsWith(".pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Path("/parse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "parseResumeText", summary = "Parse a pasted resume",
            description = "As parseResumeFile, for a resume pasted as text. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The profile.",
            content = @Content(schema = @Schema(implementation = ResumeProfile.class)))
    public ResumeProfile parseText(@Valid @NotNull ResumeTextRequest request) {
        return service.parse(request.text());
    }

}
