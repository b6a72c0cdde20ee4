package dev.jobfit.matching;

import dev.jobfit.matching.api.MatchOptions;
import dev.jobfit.matching.api.MatchRequest;
import dev.jobfit.matching.api.MatchResponse;
import dev.jobfit.matching.api.MatchUpload;
import dev.jobfit.resume.ResumeService;
import dev.jobfit.security.Caller;
import dev.jobfit.web.ProblemException;
import dev.jobfit.web.openapi.OpenApiSecurity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/matches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matches", description = "Explained fit of resumes and postings.")
public class MatchResource {

    private final MatchService matches;
    private final ResumeService resumes;
    private final Caller caller;

    MatchResource(MatchService matches, ResumeService resumes, Caller caller) {
        this.matches = matches;
        this.resumes = resumes;
        this.caller = caller;
    }

    /** The JSON form of {@link #matchFile}: one OpenAPI operation, documented there. */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
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
            return matches.matchStored(caller.candidateId(), request.resumeId(), request.postingIds(), request.limit());
        }
        return matches.matchAnonymous(resumes.parse(request.resumeText()), request.postingIds(), request.limit(),
                request.appliedPostingIds());
    }

    /**
     * Matches an uploaded resume. The JSON form above shares its OpenAPI operation, documented here; generated
     * clients take the upload ({@link dev.jobfit.web.openapi.RequestContentOrderFilter}).
     */
    @POST
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = OpenApiSecurity.BEARER))
    @Operation(operationId = "matchResume", summary = "Match a resume against postings",
            description = "Ranks postings for a resume, eligible first, then unknown, then ineligible, higher scores "
                    + "first; every point of each score is explained with spans into the posting's and the resume's "
                    + "text. The resume comes as a file (multipart/form-data: a PDF, DOCX or text file, recognised by "
                    + "its content, read in memory and not stored, with optional `options`) or as JSON: pasted text "
                    + "(nothing is stored; no token needed) or the id of a stored resume (the calling candidate's own: "
                    + "role candidate).")
    @APIResponse(responseCode = "401", description = "resumeId without a valid bearer token.")
    @APIResponse(responseCode = "403", description = "resumeId with a token that lacks the candidate role.")
    @APIResponse(responseCode = "200", description = "The resume's profile and its best matches.",
            content = @Content(schema = @Schema(implementation = MatchResponse.class)))
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = MatchUpload.class),
            encoding = @Encoding(name = "options", contentType = MediaType.APPLICATION_JSON)))
    @APIResponse(responseCode = "422", description = "The document cannot be read; the detail says what to do.")
    public MatchResponse matchFile(@Valid MatchUpload form) {
        MatchOptions o = form.options == null ? new MatchOptions(null, null, null) : form.options;
        return matches.matchAnonymous(resumes.parseUpload(form.file).profile(),
                o.postingIds(), o.limit(), o.appliedPostingIds() == null ? List.of() : o.appliedPostingIds());
    }
}
