package dev.jobfit.resume.extraction;

/**
 * Why a document cannot be read, with a message a candidate can act on. The {@link Reason#slug()} is
 * the stable problem type the API answers with.
 */
public final class ExtractionFailure extends Exception {

    /** Stable reasons; each maps to one problem type. */
    public enum Reason {
        EMPTY_FILE("empty-file", 400),
        FILE_TOO_LARGE("file-too-large", 413),
        UNSUPPORTED_FORMAT("unsupported-format", 415),
        NOT_A_PDF("not-a-pdf", 415),
        CORRUPT_FILE("corrupt-file", 422),
        ENCRYPTED_PDF("encrypted-pdf", 422),
        NO_TEXT_LAYER("no-text-layer", 422),
        TOO_MANY_PAGES("too-many-pages", 422),
        UNSAFE_ARCHIVE("unsafe-archive", 422),
        TOO_SLOW("extraction-timeout", 422);

        private final String slug;
        private final int status;

        Reason(String slug, int status) {
            this.slug = slug;
            this.status = status;
        }

        public String slug() {
            return slug;
        }

        public int status() {
            return status;
        }
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
