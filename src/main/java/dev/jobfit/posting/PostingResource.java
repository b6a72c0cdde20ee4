package dev.jobfit.posting;

import dev.jobfit.matching.MatchService;
import dev.jobfit.matching.api.ResumeMatch;
import dev.jobfit.posting.analysis.EmploymentType;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.api.PostingCorrection;
import dev.jobfit.posting.api.PostingFormat;
import dev.jobfit.posting.api.PostingRequest;
import dev.jobfit.posting.api.PostingSummary;
import dev.jobfit.posting.api.PostingView;
import dev.jobfit.security.Caller;
import dev.jobfit.security.Roles;
import dev.jobfit.web.Created;
import dev.jobfit.web.PageRequest;
import dev.jobfit.web.PageResponse;
import dev.jobfit.web.openapi.OpenApiSecurity;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/postings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Postings", description = "Posting analysis and stored postings.")
public class PostingResource {

    private static final String ANALYZE_DESCRIPTION = "Reads a posting (plain text or HTML, at most 200,000 characters; "
            + "as JSON, or as the raw text/plain or text/html body) and returns its requirements, each with the span of "
            + "the returned text it was read from. Nothing is stored.";

    private final PostingService service;
    private final MatchService matches;
    private final Caller caller;

    PostingResource(PostingService service, MatchService matches, Caller caller) {
        this.service = service;
        this.matches = matches;
        this.caller = caller;
    }

    /**
     * Analyses a posting sent as JSON. The raw-body form below shares its OpenAPI operation, documented here;
     * generated clients send JSON ({@link dev.jobfit.web.openapi.RequestContentOrderFilter}).
     */
    @POST
    @Path("/analyze")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "analyzePosting", summary = "Analyse a posting", description = ANALYZE_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The analysis.",
            content = @Content(schema = @Schema(implementation = PostingAnalysis.class)))
    public PostingAnalysis analyze(@Valid @NotNull PostingRequest request) {
        return service.analyze(request);
    }

    /** The raw-body form of {@link #analyze}: one OpenAPI operation, documented there. */
    @POST
    @Path("/analyze")
    @PermitAll
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @APIResponse(responseCode = "200", description = "The analysis.",
            content = @Content(schema = @Schema(implementation = PostingAnalysis.class)))
    public PostingAnalysis analyzeRaw(@NotBlank String body, @jakarta.ws.rs.HeaderParam("Content-Type") String contentType) {
        return service.analyze(raw(body, contentType));
    }

    /** Stores a posting sent as JSON; documents the operation of both request forms, as {@link #analyze} does. */
    @POST
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPosting", summary = "Store a posting",
            description = "Analyses and stores a posting; it is OPEN until deleted. The posting comes as JSON, or as "
                    + "the raw text/plain or text/html body. Roles: recruiter, admin. A recruiter's posting belongs to "
                    + "their company group: it is linked to the registered company it names when that is in the group, "
                    + "else to the recruiter's company.")
    @APIResponse(responseCode = "201", description = "Stored; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public RestResponse<PostingView> create(@Valid @NotNull PostingRequest request, UriInfo uri) {
        PostingView view = service.create(request, caller.postingManager());
        return Created.at(uri, "api/v1/postings", view.id(), view);
    }

    /** The raw-body form of {@link #create}: one OpenAPI operation, documented there. */
    @POST
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @APIResponse(responseCode = "201", description = "Stored; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public RestResponse<PostingView> createRaw(@NotBlank String body,
                                               @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, UriInfo uri) {
        PostingView view = service.create(raw(body, contentType), caller.postingManager());
        return Created.at(uri, "api/v1/postings", view.id(), view);
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = OpenApiSecurity.BEARER))
    @Operation(operationId = "listPostings", summary = "List postings",
            description = "Stored postings, newest first, filtered by company, employment type, status and free text. "
                    + "Without a token only open postings are listed; closed ones need a token of any role.")
    @APIResponse(responseCode = "200", description = "A page of postings.",
            content = @Content(schema = @Schema(implementation = PostingPage.class)))
    public PageResponse<PostingSummary> list(
            @Parameter(description = "Part of the company's name.") @QueryParam("company") @Size(max = 200) String company,
            @Parameter(description = "A registered company or group: its postings and its affiliates'.")
            @QueryParam("companyId") UUID companyId,
            @Parameter(description = "Kind of employment.") @QueryParam("employmentType") EmploymentType employmentType,
            @Parameter(description = "OPEN or CLOSED; all when absent (OPEN only without a token).")
            @QueryParam("status") Posting.Status status,
            @Parameter(description = "Words in the title or company.") @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageRequest page) {
        Posting.Status visible = status;
        if (caller.anonymous()) {
            if (status == Posting.Status.CLOSED) {
                throw new UnauthorizedException();
            }
            visible = Posting.Status.OPEN;
        }
        return service.list(new PostingRepository.PostingFilter(visible, employmentType, companyId, blank(company), blank(q)),
                page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = OpenApiSecurity.BEARER))
    @Operation(operationId = "getPosting", summary = "Read a posting",
            description = "A stored posting with its analysis, corrections applied and marked. Open postings are "
                    + "public; a closed one needs a token of any role.")
    @APIResponse(responseCode = "200", description = "The posting.",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public PostingView get(@Parameter(description = "The posting's id.") @PathParam("id") UUID id) {
        PostingView view = service.get(id);
        if (view.status() == Posting.Status.CLOSED && caller.anonymous()) {
            throw new UnauthorizedException();
        }
        return view;
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "correctPosting", summary = "Correct a posting's requirements",
            description = "A recruiter corrects or adds requirements. Corrections are kept, marked in correctedFields, "
                    + "and applied on top of every later analysis. Roles: recruiter (own company group), admin.")
    @APIResponse(responseCode = "200", description = "The posting with the corrections applied.",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public PostingView correct(@Parameter(description = "The posting's id.") @PathParam("id") UUID id,
                               @Valid @NotNull PostingCorrection correction) {
        return service.correct(id, correction, caller.postingManager());
    }

    @POST
    @Path("/{id}/reanalyze")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "reanalyzePosting", summary = "Analyse a stored posting again",
            description = "Runs the current analysis on the stored text; corrections are kept and applied on top. "
                    + "Roles: recruiter (own company group), admin.")
    @APIResponse(responseCode = "200", description = "The posting with its new analysis.",
            content = @Content(schema = @Schema(implementation = PostingView.class)))
    public PostingView reanalyze(@Parameter(description = "The posting's id.") @PathParam("id") UUID id) {
        return service.reanalyze(id, caller.postingManager());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "closePosting", summary = "Close a posting",
            description = "Closes the posting. It stays readable and applications keep their reference to it. "
                    + "Roles: recruiter (own company group), admin.")
    @APIResponse(responseCode = "204", description = "Closed.")
    public void close(@Parameter(description = "The posting's id.") @PathParam("id") UUID id) {
        service.close(id, caller.postingManager());
    }

    @GET
    @Path("/{id}/matches")
    @RolesAllowed({Roles.RECRUITER, Roles.ADMIN})
    @Operation(operationId = "listPostingMatches", summary = "Rank stored resumes for a posting",
            description = "Stored resumes, eligible first, then unknown, then ineligible, higher scores first, each with "
                    + "its explained match. With more stored resumes than the service's recall size (1,000 unless "
                    + "configured), only recalled resumes are ranked: first those whose degree, availability and "
                    + "graduation may meet the posting's rules, then, as far as the page needs, those the rules "
                    + "cannot decide and the rest, each time those sharing the most of the posting's skills; "
                    + "`total` counts the resumes ranked. Roles: recruiter (own company group), admin.")
    @APIResponse(responseCode = "200", description = "A page of ranked resumes.",
            content = @Content(schema = @Schema(implementation = ResumeMatchPage.class)))
    public PageResponse<ResumeMatch> matches(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        service.checkManages(id, caller.postingManager());
        return matches.resumesForPosting(id, page);
    }

    private static PostingRequest raw(String body, String contentType) {
        boolean html = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.TEXT_HTML);
        return new PostingRequest(body, html ? PostingFormat.HTML : PostingFormat.TEXT, null, null, null, null);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The page envelope with its item type spelled out for the OpenAPI document. */
    @Schema(name = "PostingPage", description = "A page of postings.")
    public static final class PostingPage {
        @Schema(required = true) public List<PostingSummary> items;
        @Schema(required = true, example = "0") public int page;
        @Schema(required = true, example = "20") public int size;
        @Schema(required = true, example = "1") public long total;
    }

    /** The page envelope with its item type spelled out for the OpenAPI document. */
    @Schema(name = "ResumeMatchPage", description = "A page of resumes ranked for a posting.")
    public static final class ResumeMatchPage {
        @Schema(required = true) public List<ResumeMatch> items;
        @Schema(required = true, example = "0") public int page;
        @Schema(required = true, example = "20") public int size;
        @Schema(required = true, example = "1") public long total;
    }
}
