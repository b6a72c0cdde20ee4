package dev.jobfit.security;

import dev.jobfit.security.api.DevToken;
import dev.jobfit.security.api.DevTokenRequest;
import dev.jobfit.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/v1/dev/tokens}: signed tokens for local use and tests, so the protected operations can be
 * tried without an identity provider. Exists only while {@code jobfit.auth.dev-tokens.enabled} is true (the
 * local, dev and test profiles); otherwise {@link DevTokenRoute} answers 404 for the path, as for any unknown
 * one. Left out of the API description: it is not part of the API a client builds on.
 */
@Path(DevTokenResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DevTokenResource {

    static final String PATH = "/api/v1/dev/tokens";

    private final DevTokenIssuer issuer;

    DevTokenResource(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @PermitAll
    @Operation(hidden = true)
    public DevToken issue(@Valid @NotNull DevTokenRequest request) {
        if (request.roles().contains(Roles.RECRUITER) && request.company() == null) {
            throw ProblemException.invalidField("company", "a recruiter's token names the recruiter's company id");
        }
        return issuer.issue(request.subject().strip(), request.roles(), request.company());
    }
}
