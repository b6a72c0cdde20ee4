package dev.jobfit.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the HTTP layer into an RFC 9457 problem answer. This is the one
 * place where errors become HTTP; services throw {@link ProblemException} or let validation fail.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;
    private final DatabaseOutage databaseOutage;

    ProblemMappers(AllowedMethods allowedMethods, DatabaseOutage databaseOutage) {
        this.allowedMethods = allowedMethods;
        this.databaseOutage = databaseOutage;
    }

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, HttpServerRequest request) {
        Problem problem = Problem.of(e.type(), e.getMessage(), request.path());
        if (!e.fieldErrors().isEmpty()) {
            problem = problem.withErrors(e.fieldErrors());
        }
        if (!e.applications().isEmpty()) {
            problem = problem.withApplications(e.applications());
        }
        if (e.retryAfter() != null) {
            return Problems.response(problem, e.retryAfter());
        }
        return Problems.response(problem);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        boolean invalidResponse = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
        if (invalidResponse) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = String.join("; ", errors.stream().map(f -> f.field() + ": " + f.message()).toList());
        return Problems.response(Problem.of(ProblemType.VALIDATION_FAILED, detail, request.path()).withErrors(errors));
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadableJson(JsonParseException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unmappableJson(JsonMappingException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> badJsonValue(InvalidFormatException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    /** A body Jackson cannot map onto the request type, e.g. a field given twice; Quarkus would answer 500. */
    @ServerExceptionMapper
    public RestResponse<Problem> unmappableBody(InvalidDefinitionException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> json(JsonProcessingException e, HttpServerRequest request) {
        return malformedJson(e, request);
    }

    /**
     * Reading the body failed: the client went away, or a body streamed without a Content-Length went
     * over the size limit, in which case the transport has already answered 413 and closes the connection.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> io(IOException e, HttpServerRequest request) {
        if (request.response().ended() || request.response().closed()) {
            LOG.debugf("Request %s %s aborted: %s", request.method(), request.path(), e.getMessage());
            // Never sent: the transport has answered already.
            return Problems.response(Problem.of(ProblemType.MALFORMED_REQUEST,
                    "The request body could not be read.", request.path()));
        }
        return unexpected(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, request);
        }
        ProblemType type = ProblemType.forStatus(status);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (type == ProblemType.METHOD_NOT_ALLOWED && (allow == null || allow.isBlank())) {
            allow = allowedMethods.forPath(request.path());
        }
        String detail = switch (type) {
            case NOT_FOUND -> "There is no resource at " + request.path() + ".";
            case METHOD_NOT_ALLOWED -> "Method " + request.method() + " is not allowed on " + request.path()
                    + (allow == null || allow.isBlank() ? "" : "; allowed: " + allow) + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "Content type '" + request.getHeader(HttpHeaders.CONTENT_TYPE)
                    + "' is not accepted here; see the API description for the accepted types.";
            case NOT_ACCEPTABLE -> "None of the types in the Accept header can be produced here.";
            default -> "The request cannot be processed as sent.";
        };
        RestResponse.ResponseBuilder<Problem> builder = RestResponse.ResponseBuilder
                .<Problem>create(status)
                .entity(Problem.of(type, detail, request.path()))
                .type(Problems.MEDIA_TYPE);
        if (allow != null && !allow.isBlank()) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Throwable e, HttpServerRequest request) {
        if (databaseOutage.explains(e)) {
            return databaseUnavailable(e, request);
        }
        String errorId = UUID.randomUUID().toString();
        // The log line carries the error id so operators can find the cause of a reported 500.
        LOG.errorf(e, "Unexpected error %s on %s %s", errorId, request.method(), request.path());
        Problem problem = Problem.of(ProblemType.INTERNAL_ERROR,
                        "The server could not complete the request. Quote error id " + errorId + " when reporting it.",
                        request.path())
                .withErrorId(errorId);
        return Problems.response(problem);
    }

    /**
     * The database cannot be reached: 503 with Retry-After, whatever layer the failure surfaced in (Hibernate,
     * the transaction manager, the pool). Logged as a warning without a stack trace: it is an outage to
     * watch, not a defect, and the readiness check reports it as well.
     */
    private RestResponse<Problem> databaseUnavailable(Throwable e, HttpServerRequest request) {
        LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), databaseMessage(e));
        Problem problem = Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment. Retry in a few seconds.",
                request.path());
        return Problems.response(problem, databaseOutage.retryAfter());
    }

    /** The driver's or the pool's words for it: the first SQLException in the chain, else the root cause. */
    private static String databaseMessage(Throwable e) {
        Throwable found = e;
        for (int i = 0; i < 32 && !(found instanceof java.sql.SQLException) && found.getCause() != null; i++) {
            found = found.getCause();
        }
        return found.getClass().getName() + ": " + found.getMessage();
    }

    private static RestResponse<Problem> malformedJson(JsonProcessingException e, HttpServerRequest request) {
        StringBuilder detail = new StringBuilder("The request body is not valid JSON for this operation");
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = jsonPath(mapping.getPath());
            detail.append(": field '").append(field).append("' has a value of the wrong type or format");
        }
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            detail.append(" (line ").append(e.getLocation().getLineNr())
                    .append(", column ").append(e.getLocation().getColumnNr()).append(')');
        }
        detail.append('.');
        Problem problem = Problem.of(ProblemType.MALFORMED_REQUEST, detail.toString(), request.path());
        if (field != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field, "wrong type or format")));
        }
        return Problems.response(problem);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The field a violation is about: the bean property path, or the parameter name for a plain parameter. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    property.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (!property.isEmpty()) {
                        property.append('.');
                    }
                    property.append(node.getName());
                }
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
