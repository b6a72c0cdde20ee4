package dev.jobfit.web;

import java.util.List;

/**
 * Thrown by services for an error the client can act on; answered as a {@link Problem} with the
 * status of its {@link ProblemType}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> fieldErrors;
    private final List<Problem.EarlierApplication> applications;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors) {
        this(type, detail, fieldErrors, List.of());
    }

    private ProblemException(ProblemType type, String detail, List<Problem.FieldError> fieldErrors,
                             List<Problem.EarlierApplication> applications) {
        super(detail, null, false, false);
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.applications = List.copyOf(applications);
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
