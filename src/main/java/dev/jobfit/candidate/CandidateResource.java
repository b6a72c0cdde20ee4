package dev.jobfit.candidate;

import dev.jobfit.security.Caller;
import dev.jobfit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "A candidate's own data as a whole.")
public class CandidateResource {

    private final CandidateService service;
    private final Caller caller;

    CandidateResource(CandidateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.CANDIDATE)
    @Operation(operationId = "eraseMyData", summary = "Erase all your data",
            description = "Deletes everything kept about the calling candidate, in one transaction: stored resumes "
                    + "with their profiles, and applications (their places in application limits are freed). Matches and "
                    + "plans are never stored. Idempotent: erasing again answers 204 too. Role: candidate.")
    @APIResponse(responseCode = "204", description = "Erased (or there was nothing to erase).")
    public void eraseMe() {
        service.erase(caller.candidateId());
    }
}
