package dev.jobfit.resume;

import dev.jobfit.resume.api.ResumeTextRequest;
import dev.jobfit.resume.api.ResumeUpload;
import dev.jobfit.security.Caller;
import dev.jobfit.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.web.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import dev.jobfit.resume.api.StoredResumeView;
import dev.jobfit.resume.extraction.DocumentType;
import dev.jobfit.matching.MatchResult;
import dev.jobfit.matching.MatchService;
import dev.jobfit.matching.api.ApplicationPlan;
import dev.jobfit.web.Created;
import dev.jobfit.web.PageRequest;
import dev.jobfit.web.PageResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/resumes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resumes", description = "Resume parsing.")
public class ResumeResource {

    private final ResumeService service;
    private final ResumeStore store;
    private final MatchService matches;
    private final Caller caller;

    ResumeResource(ResumeService service, ResumeStore store, MatchService matches, Caller caller) {
        this.service = service;
        this.store = store;
        this.matches = matches;
        this.caller = caller;
    }

    /**
     * Parses an uploaded resume. The JSON form below shares its OpenAPI operation, documented here; generated
     * clients take the upload ({@link dev.jobfit.web.openapi.RequestContentOrderFilter}).
     */
    @POST
    @Path("/parse")
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "parseResume", summary = "Parse a resume",
            description = "Reads a resume into a profile whose spans point into the returned text. The resume comes as "
                    + "a file (multipart/form-data: PDF, DOCX or plain text, recognised by its content, at most 10 MB "
                    + "and 20 pages) or pasted as JSON text. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "The profile.",
            content = @Content(schema = @Schema(implementation = ResumeProfile.class)))
    @APIResponse(responseCode = "422", description = "The document cannot be read: encrypted, damaged, without a text "
            + "layer, too many pages, an unsafe archive or too slow; the detail says what to do.")
    public ResumeProfile parseFile(@Valid ResumeUpload upload) {
        return read(upload.file).profile();
    }

    /** The JSON form of {@link #parseFile}: one OpenAPI operation, documented there. */
    @POST
    @Path("/parse")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The profile.",
            content = @Content(schema = @Schema(implementation = ResumeProfile.class)))
    public ResumeProfile parseText(@Valid @NotNull ResumeTextRequest request) {
        return service.parse(request.text());
    }

    /** Stores an uploaded resume; documents the operation of both request forms, as {@link #parseFile} does. */
    @POST
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "storeResume", summary = "Store a resume",
            description = "Parses the resume as parseResume does, from a file (multipart/form-data) or pasted JSON text, "
                    + "and keeps the profile (never the file) until it expires or is deleted, as the calling candidate's. "
                    + "Role: candidate.")
    @APIResponse(responseCode = "201", description = "Stored; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = StoredResumeView.class)))
    @APIResponse(responseCode = "422", description = "The document cannot be read; the detail says what to do.")
    public RestResponse<StoredResumeView> storeFile(@Valid ResumeUpload upload, UriInfo uri) {
        ResumeService.ParsedDocument parsed = read(upload.file);
        StoredResumeView view = store.store(caller.candidateId(), parsed.profile(), parsed.type());
        return Created.at(uri, "api/v1/resumes", view.id(), view);
    }

    /** The JSON form of {@link #storeFile}: one OpenAPI operation, documented there. */
    @POST
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Stored; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = StoredResumeView.class)))
    public RestResponse<StoredResumeView> storeText(@Valid @NotNull ResumeTextRequest request, UriInfo uri) {
        StoredResumeView view = store.store(caller.candidateId(), service.parse(request.text()), DocumentType.TEXT);
        return Created.at(uri, "api/v1/resumes", view.id(), view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "getResume", summary = "Read a stored resume",
            description = "One of the calling candidate's stored resumes; another candidate's is not found. Role: candidate.")
    @APIResponse(responseCode = "200", description = "The stored resume.",
            content = @Content(schema = @Schema(implementation = StoredResumeView.class)))
    public StoredResumeView get(@PathParam("id") UUID id) {
        return store.get(caller.candidateId(), id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "deleteResume", summary = "Delete a stored resume",
            description = "Deletes one of the calling candidate's resumes and its profile. Applications made with it "
                    + "stay, without the resume. Role: candidate.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id) {
        store.delete(caller.candidateId(), id);
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "listResumeMatches", summary = "Rank open postings for a stored resume",
            description = "All open postings, eligible first, then unknown, then ineligible, higher scores first; the "
                    + "candidate's applications count for application limits. Role: candidate (own resumes).")
    @APIResponse(responseCode = "200", description = "A page of matches.",
            content = @Content(schema = @Schema(implementation = MatchPage.class)))
    public PageResponse<MatchResult> matches(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return matches.matchesOfResume(caller.candidateId(), id, page);
    }

    @GET
    @Path("/{id}/application-plan")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "getApplicationPlan", summary = "Plan applications under application limits",
            description = "For each company group with an application limit: which of its open postings to apply to, and "
                    + "in what order, to make the best of the limit and of the considered-in-order rule, with reasons. "
                    + "Role: candidate (own resumes).")
    @APIResponse(responseCode = "200", description = "The plan.",
            content = @Content(schema = @Schema(implementation = ApplicationPlan.class)))
    public ApplicationPlan plan(@PathParam("id") UUID id) {
        return matches.plan(caller.candidateId(), id);
    }

    /** The page envelope with its item type spelled out for the OpenAPI document. */
    @Schema(name = "MatchPage", description = "A page of matches.")
    public static final class MatchPage {
        @Schema(required = true) public List<MatchResult> items;
        @Schema(required = true, example = "0") public int page;
        @Schema(required = true, example = "20") public int size;
        @Schema(required = true, example = "1") public long total;
    }

    private ResumeService.ParsedDocument read(FileUpload file) {
        return service.parseUpload(file);
    }
}
