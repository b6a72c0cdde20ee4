package dev.jobfit.resume.extraction;

/**
 * Why a document cannot be read, with a message a candidate can act on.
 */
public final class ExtractionFailure extends Exception {

    /** Stable reasons; the web layer answers each with its own problem type. */
    public enum Reason {
        EMPTY_FILE,
        FILE_TOO_LARGE,
        UNSUPPORTED_FORMAT,
        NOT_A_PDF,
        CORRUPT_FILE,
        ENCRYPTED_PDF,
        NO_TEXT_LAYER,
        TOO_MANY_PAGES,
        TOO_MUCH_TEXT,
        UNSAFE_ARCHIVE,
        TOO_SLOW
    }

    private final Reason reason;

    public ExtractionFailure(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public ExtractionFailure(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
