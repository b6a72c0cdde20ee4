package dev.jobfit.company;

import dev.jobfit.web.PageRequest;
import dev.jobfit.web.PageResponse;
import dev.jobfit.web.Created;
import dev.jobfit.web.Problem;
import dev.jobfit.web.Problems;
import dev.jobfit.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Companies", description = "Companies, company groups and their application policies.")
public class CompanyResource {

    private final CompanyService service;

    CompanyResource(CompanyService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listCompanies", summary = "List companies",
            description = "Companies ordered by name, optionally filtered by a fragment of the name.")
    @APIResponse(responseCode = "200", description = "A page of companies.",
            content = @Content(schema = @Schema(implementation = CompanyPage.class)))
    public PageResponse<CompanyView> list(
            @Parameter(description = "Only companies whose name contains this text (any case).", example = "northwind")
            @QueryParam("q") @Size(max = 200) String q,
            @Valid @BeanParam PageRequest page) {
        return service.list(q, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getCompany", summary = "Read a company",
            description = "A company with its group, its affiliates and its application policy.")
    @APIResponse(responseCode = "200", description = "The company.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    public CompanyView get(@Parameter(description = "The company's id.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCompany", summary = "Create a company",
            description = "Creates a company, optionally as an affiliate of a group, with its application policy. "
                    + "Role: admin.")
    @APIResponse(responseCode = "201", description = "Created; the Location header gives its address.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "409", description = "A company with this name exists already.",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<CompanyView> create(@Valid @NotNull CompanyRequest request, UriInfo uri) {
        CompanyView created = service.create(request);
        return Created.at(uri, "api/v1/companies", created.id(), created);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceCompany", summary = "Replace a company",
            description = "Replaces a company's name, web site, group and application policy. Role: admin.")
    @APIResponse(responseCode = "200", description = "The company as stored.",
            content = @Content(schema = @Schema(implementation = CompanyView.class)))
    @APIResponse(responseCode = "409", description = "Another company has this name, or the company was changed concurrently.",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompanyView replace(@Parameter(description = "The company's id.") @PathParam("id") UUID id,
                               @Valid @NotNull CompanyRequest request) {
        return service.replace(id, request);
    }

    /** The page envelope with its item type spelled out for the OpenAPI document. */
    @Schema(name = "CompanyPage", description = "A page of companies.")
    public static final class CompanyPage {
        @Schema(required = true) public java.util.List<CompanyView> items;
        @Schema(required = true, example = "0") public int page;
        @Schema(required = true, example = "20") public int size;
        @Schema(required = true, example = "1") public long total;
    }
}
