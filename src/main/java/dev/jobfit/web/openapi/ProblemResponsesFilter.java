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
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, so that no operation lists only its happy path:
 * each gets the problem responses its shape implies (a body can be malformed, too large or of the wrong
 * type; a path id can be unknown; anything can fail with 500). The responses are shared components that
 * all point at the one {@code Problem} schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** Shared response components, by name. */
    enum ErrorResponse {
        BadRequest(ProblemType.VALIDATION_FAILED,
                "The request is malformed or not valid; `errors` lists the offending fields."),
        NotFound(ProblemType.NOT_FOUND, "No resource with this id."),
        PayloadTooLarge(ProblemType.PAYLOAD_TOO_LARGE, "The request body is over the size limit."),
        UnsupportedMediaType(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The request body's content type is not accepted."),
        InternalError(ProblemType.INTERNAL_ERROR,
                "Unexpected server error; `errorId` identifies the occurrence in the service log.");

        final ProblemType type;
        final String description;

        ErrorResponse(ProblemType type, String description) {
            this.type = type;
            this.description = description;
        }

        String status() {
            return Integer.toString(type.status());
        }

        String ref() {
            return "#/components/responses/" + name();
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            throw new IllegalStateException("The OpenAPI model has no Problem schema; reference "
                    + "dev.jobfit.web.Problem from at least one @APIResponse");
        }
        for (ErrorResponse error : ErrorResponse.values()) {
            openAPI.getComponents().addResponse(error.name(), OASFactory.createAPIResponse()
                    .description(error.description)
                    .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                addErrorResponses(entry.getValue(), item.getParameters());
            }
        }
    }

    private static void addErrorResponses(Operation operation, List<Parameter> pathItemParameters) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasPathParameter = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)
                || (pathItemParameters != null
                        && pathItemParameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH));
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody || !parameters.isEmpty() || hasPathParameter) {
            add(responses, ErrorResponse.BadRequest);
        }
        if (hasPathParameter) {
            add(responses, ErrorResponse.NotFound);
        }
        if (hasBody) {
            add(responses, ErrorResponse.PayloadTooLarge);
            add(responses, ErrorResponse.UnsupportedMediaType);
        }
        add(responses, ErrorResponse.InternalError);
        problemContent(responses);
    }

    private static void add(APIResponses responses, ErrorResponse error) {
        if (!responses.hasAPIResponse(error.status())) {
            responses.addAPIResponse(error.status(), OASFactory.createAPIResponse().ref(error.ref()));
        }
    }

    /** Error responses declared on an operation without content get the problem body. */
    private static void problemContent(APIResponses responses) {
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            boolean isError = entry.getKey().startsWith("4") || entry.getKey().startsWith("5");
            if (isError && response.getRef() == null && (response.getContent() == null
                    || response.getContent().getMediaTypes() == null || response.getContent().getMediaTypes().isEmpty())) {
                Content content = OASFactory.createContent();
                MediaType mediaType = OASFactory.createMediaType();
                Schema schema = OASFactory.createSchema().ref(PROBLEM_SCHEMA);
                content.addMediaType(Problems.MEDIA_TYPE, mediaType.schema(schema));
                response.setContent(content);
            }
        }
    }
}
