package dev.jobfit.web;

import java.time.Duration;
import java.util.List;

/**
 * Thrown by services for an error the client can act on; answered as a {@link Problem} with the
 * status of its {@link ProblemType}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> fieldErrors;
    private final List<Problem.EarlierApplication> applications;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
        this(type, detail, fieldErrors, List.of());
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors,
                             List<Problem.EarlierApplication> applications) {
        this(type, detail, fieldErrors, applications, null);
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors,
                             List<Problem.EarlierApplication> applications, Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.applications = List.copyOf(applications);
        this.retryAfter = retryAfter;
    }

    /** A temporary condition: the answer carries {@code Retry-After} with {@code retryAfter} in whole seconds. */
    public static ProblemException retryLater(ProblemType type, String detail, Duration retryAfter) {
        return new ProblemException(type, detail, List.of(), List.of(), retryAfter);
    }

    /** How long the client should wait before trying again, or null when retrying does not help. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** An application limit is used up by these earlier applications. */
    public static ProblemException limitReached(String detail, List<Problem.EarlierApplication> earlier) {
        return new ProblemException(ProblemType.APPLICATION_LIMIT_REACHED, detail, List.of(), earlier);
    }

    public List<Problem.EarlierApplication> applications() {
        return applications;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id " + id + ".");
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> fieldErrors() {
        return fieldErrors;
    }
}
