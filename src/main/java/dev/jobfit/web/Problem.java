package dev.jobfit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document, the body of every error answer ({@code application/problem+json}).
 *
 * @param type URI identifying the kind of problem; stable, clients may branch on it
 * @param title short, human-readable summary of the kind of problem
 * @param status the HTTP status code
 * @param detail what went wrong in this occurrence and, where possible, how to fix it
 * @param instance the request path the problem occurred on
 * @param errorId identifier of this occurrence in the service log (server errors only)
 * @param errors the offending fields, for validation failures
 * @param applications the earlier applications that used up an application limit, in the order made
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, returned for every error.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, example = "https://jobfit.dev/problems/validation-failed") String type,
        @Schema(required = true, example = "The request is not valid") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(example = "name: must not be blank") String detail,
        @Schema(example = "/api/v1/companies") String instance,
        @Schema(description = "Identifier of this occurrence in the service log; present on server errors.",
                example = "5f0c1b9e-3b7e-4a65-8f0e-2a7d8c1e4b10")
                String errorId,
        @Schema(description = "The offending fields of a validation failure.") List<FieldError> errors,
        @Schema(description = "On application-limit-reached: the candidate's applications in the posting's group, "
                + "in the order they were made.") List<EarlierApplication> applications) {

    /**
     * One invalid field of a request.
     *
     * @param field the field, as a JSON path into the request body or the name of a query or path parameter
     * @param message why the value is not accepted
     */
    @Schema(name = "FieldError", description = "One invalid field of a request.")
    public record FieldError(
            @Schema(required = true, example = "applicationPolicy.maxApplications") String field,
            @Schema(required = true, example = "must be greater than or equal to 1") String message) {
    }

    /**
     * An application that counts towards a limit.
     *
     * @param applicationId the application
     * @param postingId the posting applied to
     * @param postingTitle its title, where known
     * @param appliedAt when
     * @param order 1 for the first application in the group, 2 for the second...
     */
    @Schema(name = "EarlierApplication", description = "An application that counts towards an application limit.")
    public record EarlierApplication(
            @Schema(required = true) UUID applicationId,
            @Schema(required = true) UUID postingId,
            @Schema(nullable = true) String postingTitle,
            @Schema(required = true) OffsetDateTime appliedAt,
            @Schema(required = true, example = "1") int order) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri().toString(), type.title(), type.status(), detail, instance, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, errorId, fieldErrors, applications);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, id, errors, applications);
    }

    public Problem withApplications(List<EarlierApplication> earlier) {
        return new Problem(type, title, status, detail, instance, errorId, errors, earlier);
    }
}
