package dev.jobfit.web;

import java.net.URI;

/**
 * Every kind of error the API answers with. The {@link #slug()} is part of the API contract: clients
 * branch on the problem {@code type}, which is {@value #BASE_URI} followed by the slug.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "The request is not valid"),
    MALFORMED_REQUEST(400, "malformed-request", "The request body cannot be read"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    APPLICATION_LIMIT_REACHED(409, "application-limit-reached", "The application limit is reached"),
    ALREADY_APPLIED(409, "already-applied", "Already applied to this posting"),
    POSTING_CLOSED(409, "posting-closed", "The posting is closed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    // Shed load: more documents arrived than can be read at once; Retry-After says when to try again.
    SERVER_BUSY(503, "server-busy", "The service is busy"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable"),
    // Uploaded documents that cannot be read; the detail says what the candidate can do.
    EMPTY_FILE(400, "empty-file", "The file is empty"),
    FILE_TOO_LARGE(413, "file-too-large", "The file is too large"),
    UNSUPPORTED_FORMAT(415, "unsupported-format", "The file format is not supported"),
    NOT_A_PDF(415, "not-a-pdf", "The file is not a PDF"),
    CORRUPT_FILE(422, "corrupt-file", "The file cannot be read"),
    ENCRYPTED_PDF(422, "encrypted-pdf", "The PDF is protected"),
    NO_TEXT_LAYER(422, "no-text-layer", "The document has no text"),
    TOO_MANY_PAGES(422, "too-many-pages", "The document has too many pages"),
    TOO_MUCH_TEXT(422, "too-much-text", "The document holds far more text than a resume"),
    UNSAFE_ARCHIVE(422, "unsafe-archive", "The document expands too much"),
    EXTRACTION_TIMEOUT(422, "extraction-timeout", "The document takes too long to read"),
    INTERNAL_ERROR(500, "internal-error", "Unexpected server error");

    public static final String BASE_URI = "https://jobfit.dev/problems/";

    /** The general type for each status, used when nothing more specific is known. */
    private static final ProblemType[] GENERIC = {VALIDATION_FAILED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
        METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONFLICT, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, RATE_LIMITED,
        SERVICE_UNAVAILABLE, INTERNAL_ERROR};

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    /** The generic type for an HTTP status that has no more specific problem type. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : GENERIC) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
