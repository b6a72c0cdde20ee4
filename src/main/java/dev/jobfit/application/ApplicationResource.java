package dev.jobfit.application;

import dev.jobfit.application.api.ApplicationRequest;
import dev.jobfit.application.api.ApplicationView;
import dev.jobfit.security.Caller;
import dev.jobfit.security.Roles;
import dev.jobfit.web.Created;
import dev.jobfit.web.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications to postings and application limits.")
public class ApplicationResource {

    private final ApplicationService service;
    private final Caller caller;

    ApplicationResource(ApplicationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CANDIDATE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "apply", summary = "Apply to a posting",
            description = "Applies with one of the calling candidate's stored resumes (another candidate's resume is "
                    + "answered like an unknown one). Where the posting's company group limits applications, the "
                    + "limit holds even under simultaneous requests. Role: candidate.")
    @APIResponse(responseCode = "201", description = "Applied; the Location header gives the application's address.",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "409", description = "application-limit-reached (the detail and `applications` list the "
            + "earlier applications in the group, in order), already-applied, or posting-closed.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RestResponse<ApplicationView> apply(@Valid @NotNull ApplicationRequest request, UriInfo uri) {
        ApplicationView view = service.apply(caller.candidateId(), request);
        return Created.at(uri, "api/v1/applications", view.id(), view);
    }

    @GET
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "listApplications", summary = "List your applications",
            description = "The calling candidate's applications, in the order they were made, each with its order "
                    + "within its company group. Role: candidate.")
    @APIResponse(responseCode = "200", description = "The applications.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ApplicationView.class)))
    public List<ApplicationView> list() {
        return service.list(caller.candidateId());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "withdrawApplication", summary = "Withdraw an application",
            description = "Withdraws the application. It frees its slot in the group's limit only if the group's policy "
                    + "says so (withdrawalFreesSlot, false by default). Role: candidate (own applications).")
    @APIResponse(responseCode = "200", description = "The withdrawn application.",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public ApplicationView withdraw(@PathParam("id") UUID id) {
        return service.withdraw(caller.candidateId(), id);
    }
}
