package dev.jobfit.web.openapi;

import dev.jobfit.web.ProblemType;
import dev.jobfit.web.Problems;
import dev.jobfit.web.protection.RateLimitClass;
import dev.jobfit.web.protection.RateLimitFilter;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
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
 * type; a path id can be unknown; anything can fail with 500, or with 503 while the database is down or,
 * for uploads, while too many documents are being read; a rate-limited public operation can answer 429).
 * The responses are shared components that all point at the one {@code Problem} schema.
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
        TooManyRequests(ProblemType.RATE_LIMITED, "Too many requests of this kind from this client; try again after "
                + "`Retry-After` seconds."),
        ServerBusy(ProblemType.SERVER_BUSY, "More documents are being read than the service takes at once (type "
                + "`server-busy`), or the service cannot answer now (`service-unavailable`); try again after "
                + "`Retry-After` seconds."),
        InternalError(ProblemType.INTERNAL_ERROR,
                "Unexpected server error; `errorId` identifies the occurrence in the service log."),
        ServiceUnavailable(ProblemType.SERVICE_UNAVAILABLE,
                "The service cannot answer now (its database is unavailable, or it is overloaded or stopping); "
                        + "retry later, after `Retry-After` seconds where that header is given.");

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
        openAPI.getComponents().getResponses().get(ErrorResponse.ServerBusy.name())
                .addHeader(Problems.RETRY_AFTER, integerHeader("Seconds to wait before trying again.", 1));
        openAPI.getComponents().getResponses().get(ErrorResponse.ServiceUnavailable.name())
                .addHeader(Problems.RETRY_AFTER, integerHeader("Seconds to wait before trying again, where known.", 1));
        openAPI.getComponents().getResponses().get(ErrorResponse.TooManyRequests.name())
                .addHeader(Problems.RETRY_AFTER, integerHeader("Seconds to wait before trying again.", 1))
                .addHeader(RateLimitFilter.LIMIT, integerHeader("Requests of this kind a client may make at once.", 1))
                .addHeader(RateLimitFilter.REMAINING, integerHeader("Requests of this kind left now.", 0))
                .addHeader(RateLimitFilter.RESET, integerHeader("Seconds until the client's allowance is full again.", 0));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                boolean rateLimited = RateLimitClass.of(entry.getKey().name(), path.getKey()).isPresent();
                addErrorResponses(entry.getValue(), path.getValue().getParameters(), rateLimited);
            }
        }
    }

    private static Header integerHeader(String description, int minimum) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.valueOf(minimum)));
    }

    private static void addErrorResponses(Operation operation, List<Parameter> pathItemParameters, boolean rateLimited) {
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
        if (rateLimited) {
            add(responses, ErrorResponse.TooManyRequests);
        }
        add(responses, ErrorResponse.InternalError);
        // one 503 per operation: for uploads the one that also covers being busy
        add(responses, isUpload(operation) ? ErrorResponse.ServerBusy : ErrorResponse.ServiceUnavailable);
        problemContent(responses);
    }

    /** A multipart body carries a document, and reading documents is shed under load. */
    private static boolean isUpload(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().getMediaTypes() != null
                && operation.getRequestBody().getContent().getMediaTypes().containsKey("multipart/form-data");
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
