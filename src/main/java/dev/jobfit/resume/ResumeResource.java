package dev.jobfit.resume;

import dev.jobfit.resume.api.ResumeTextRequest;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/resumes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resumes", description = "Resume parsing.")
public class ResumeResource {

    private final ResumeService service;
    private final ResumeStore store;
    private final MatchService matches;

    ResumeResource(ResumeService service, ResumeStore store, MatchService matches) {
        this.service = service;
        this.store = store;
        this.matches = matches;
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
        return read(file).profile();
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


    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "storeResumeFile", summary = "Store an uploaded resume",
            description = "Parses the resume as parseResumeFile does and keeps the profile (never the file) until it "
                    + "expires or is deleted.")
    @APIResponse(responseCode = "201", description = "Stored; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = StoredResumeView.class)))
    @APIResponse(responseCode = "422", description = "The document cannot be read; the detail says what to do.")
    public RestResponse<StoredResumeView> storeFile(@RestForm("file") @Schema(type = SchemaType.STRING, format = "binary")
                                                    FileUpload file, UriInfo uri) {
        ResumeService.ParsedDocument parsed = read(file);
        StoredResumeView view = store.store(parsed.profile(), parsed.type());
        return Created.at(uri, "api/v1/resumes", view.id(), view);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "storeResumeText", summary = "Store a pasted resume",
            description = "As storeResumeFile, for a resume pasted as text.")
    @APIResponse(responseCode = "201", description = "Stored; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = StoredResumeView.class)))
    public RestResponse<StoredResumeView> storeText(@Valid @NotNull ResumeTextRequest request, UriInfo uri) {
        StoredResumeView view = store.store(service.parse(request.text()), DocumentType.TEXT);
        return Created.at(uri, "api/v1/resumes", view.id(), view);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResume", summary = "Read a stored resume")
    @APIResponse(responseCode = "200", description = "The stored resume.",
            content = @Content(schema = @Schema(implementation = StoredResumeView.class)))
    public StoredResumeView get(@PathParam("id") UUID id) {
        return store.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteResume", summary = "Delete a stored resume",
            description = "Deletes the resume and its profile. Applications made with it stay, without the resume.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") UUID id) {
        store.delete(id);
    }

    @GET
    @Path("/{id}/matches")
    @Operation(operationId = "listResumeMatches", summary = "Rank open postings for a stored resume",
            description = "All open postings, eligible first, then unknown, then ineligible, higher scores first; the "
                    + "candidate's applications count for application limits.")
    @APIResponse(responseCode = "200", description = "A page of matches.",
            content = @Content(schema = @Schema(implementation = MatchPage.class)))
    public PageResponse<MatchResult> matches(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return matches.matchesOfResume(id, page);
    }

    @GET
    @Path("/{id}/application-plan")
    @Operation(operationId = "getApplicationPlan", summary = "Plan applications under application limits",
            description = "For each company group with an application limit: which of its open postings to apply to, and "
                    + "in what order, to make the best of the limit and of the considered-in-order rule, with reasons.")
    @APIResponse(responseCode = "200", description = "The plan.",
            content = @Content(schema = @Schema(implementation = ApplicationPlan.class)))
    public ApplicationPlan plan(@PathParam("id") UUID id) {
        return matches.plan(id);
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
        Uploads.Upload upload = Uploads.read(file);
        return service.parseDocument(upload.content(), upload.declaredPdf());
    }
}
