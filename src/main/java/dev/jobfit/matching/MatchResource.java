package dev.jobfit.matching;

import dev.jobfit.matching.api.MatchOptions;
import dev.jobfit.matching.api.MatchRequest;
import dev.jobfit.matching.api.MatchResponse;
import dev.jobfit.resume.ResumeService;
import dev.jobfit.resume.Uploads;
import dev.jobfit.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Explained fit of resumes and postings.")
public class MatchResource {

    private final MatchService matches;
    private final ResumeService resumes;

    MatchResource(MatchService matches, ResumeService resumes) {
        this.matches = matches;
        this.resumes = resumes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "matchResume", summary = "Match a resume against postings",
            description = "Ranks postings for a pasted resume (nothing is stored) or a stored one: eligible first, then "
                    + "unknown, then ineligible, higher scores first. Every point of each score is explained with spans "
                    + "into the posting's and the resume's text.")
    @APIResponse(responseCode = "200", description = "The resume's profile and its best matches.",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    public MatchResponse match(@Valid @NotNull MatchRequest request) {
        boolean text = request.resumeText() != null && !request.resumeText().isBlank();
        if (text == (request.resumeId() != null)) {
            throw ProblemException.invalidField("resumeText", "give exactly one of resumeText and resumeId");
        }
        if (!text) {
            if (request.appliedPostingIds() != null && !request.appliedPostingIds().isEmpty()) {
                throw ProblemException.invalidField("appliedPostingIds",
                        "a stored resume's applications are known; list earlier applications only with resumeText");
            }
            return matches.matchStored(request.resumeId(), request.postingIds(), request.limit());
        }
        return matches.matchAnonymous(resumes.parse(request.resumeText()), request.postingIds(), request.limit(),
                request.appliedPostingIds());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "matchResumeFile", summary = "Match an uploaded resume against postings",
            description = "As matchResume, for a PDF, DOCX or text file (recognised by its content). The file is read in "
                    + "memory and nothing about it is stored.")
    @APIResponse(responseCode = "200", description = "The resume's profile and its best matches.",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "422", description = "The document cannot be read; the detail says what to do.")
    public MatchResponse matchFile(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                                   @RestForm("options") @PartType(MediaType.APPLICATION_JSON) @Valid MatchOptions options) {
        Uploads.Upload upload = Uploads.read(file);
        MatchOptions o = options == null ? new MatchOptions(null, null, null) : options;
        return matches.matchAnonymous(resumes.parse(upload.content(), upload.declaredPdf()),
                o.postingIds(), o.limit(), o.appliedPostingIds() == null ? List.of() : o.appliedPostingIds());
    }
}
