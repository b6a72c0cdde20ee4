package dev.jobfit.security;

import dev.jobfit.web.Problem;
import dev.jobfit.web.ProblemType;
import dev.jobfit.web.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers failed authentication (401) and authorisation (403) with problem documents. A 401 says how to get a
 * token: from the development token endpoint where it is enabled, from the identity provider otherwise. Another
 * candidate's data or another group's posting is never a 403: the services answer 404, as for a missing one.
 */
public class SecurityProblemMappers {

    static final String DEV_TOKEN_HINT = "Get one with POST /api/v1/dev/tokens {\"subject\": \"alex\", \"roles\": "
            + "[\"candidate\"]} (a recruiter also gives \"company\": \"<company id>\"), then send "
            + "'Authorization: Bearer <token>'.";
    static final String PROVIDER_HINT = "Send a bearer token from your identity provider: 'Authorization: Bearer <token>'.";

    private final AuthConfig config;
    private final SecurityIdentity identity;

    SecurityProblemMappers(AuthConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized("This operation needs a bearer token. " + hint(), "Bearer", request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized("The bearer token is not valid: it is expired, not signed by a trusted key, from another "
                + "issuer, or malformed. " + hint(), "Bearer error=\"invalid_token\"", request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, HttpServerRequest request) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                : "Your token's roles (" + String.join(", ", roles()) + ") do not allow this operation; the API "
                        + "description lists the roles each operation needs.";
        return Problems.response(Problem.of(ProblemType.FORBIDDEN, detail, request.path()));
    }

    private RestResponse<Problem> unauthorized(String detail, String challenge, HttpServerRequest request) {
        return RestResponse.ResponseBuilder.<Problem>create(ProblemType.UNAUTHORIZED.status())
                .entity(Problem.of(ProblemType.UNAUTHORIZED, detail, request.path()))
                .type(Problems.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private String hint() {
        return config.devTokens().enabled() ? DEV_TOKEN_HINT : PROVIDER_HINT;
    }

    private Set<String> roles() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        return roles.isEmpty() ? Set.of("none") : roles;
    }
}
