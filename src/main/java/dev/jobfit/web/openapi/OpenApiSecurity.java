package dev.jobfit.web.openapi;

import dev.jobfit.web.ProblemType;
import dev.jobfit.web.Problems;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents authentication: the bearer-token scheme, and on every operation that needs a token (those with
 * {@code @RolesAllowed}, which Quarkus marks with a security requirement naming the roles, and those that declare
 * one) the 401 and 403 problem answers, replacing the bare ones Quarkus adds. An operation whose requirements
 * include the empty one takes a token optionally and gets the 401 answer only. Operations without a security
 * requirement are public.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiSecurity implements OASFilter {

    /** The name of the bearer-token security scheme. */
    public static final String BEARER = "bearer";

    /** The descriptions of the responses Quarkus adds to operations with {@code @RolesAllowed}. */
    private static final Map<String, String> GENERATED = Map.of("401", "Not Authorized", "403", "Not Allowed");

    enum SecurityResponse {
        Unauthorized(ProblemType.UNAUTHORIZED, "No bearer token, or one that is expired, wrongly signed or malformed; "
                + "the detail says how to get a token."),
        Forbidden(ProblemType.FORBIDDEN, "The token's roles do not allow this operation.");

        final ProblemType type;
        final String description;

        SecurityResponse(ProblemType type, String description) {
            this.type = type;
            this.description = description;
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT from the identity provider (in the local profile: POST /api/v1/dev/tokens). Roles "
                        + "are read from the `groups` claim: candidate, recruiter, admin. A candidate is identified by "
                        + "the subject (`sub`); a recruiter's company is the `company` claim (a company id)."));
        for (SecurityResponse response : SecurityResponse.values()) {
            openAPI.getComponents().addResponse(response.name(), OASFactory.createAPIResponse()
                    .description(response.description)
                    .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(ProblemResponsesFilter.PROBLEM_SCHEMA)))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                List<SecurityRequirement> security = operation.getSecurity();
                if (security == null || security.stream().noneMatch(OpenApiSecurity::namesAScheme)) {
                    continue; // public
                }
                add(operation, SecurityResponse.Unauthorized);
                if (security.stream().allMatch(OpenApiSecurity::namesAScheme)) {
                    add(operation, SecurityResponse.Forbidden); // a token is required, and roles decide
                }
            }
        }
    }

    /** A requirement that names a scheme; an empty one ({@code {}}) means the token is optional. */
    private static boolean namesAScheme(SecurityRequirement requirement) {
        return requirement.getSchemes() != null && !requirement.getSchemes().isEmpty();
    }

    private static void add(Operation operation, SecurityResponse response) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        String status = Integer.toString(response.type.status());
        APIResponse existing = responses.getAPIResponse(status);
        boolean generated = existing != null && existing.getRef() == null
                && GENERATED.get(status).equals(existing.getDescription());
        if (existing == null || generated) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref("#/components/responses/" + response.name()));
        }
    }
}
