package dev.jobfit.web;

import java.time.Duration;
import org.jboss.resteasy.reactive.RestResponse;

/** Building problem answers. */
public final class Problems {

    /** The media type of every error answer (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The header that tells a client of a 429 or 503 answer how many seconds to wait (RFC 9110, section 10.2.3). */
    public static final String RETRY_AFTER = "Retry-After";

    private Problems() {
    }

    public static RestResponse<Problem> response(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(MEDIA_TYPE).build();
    }

    /** A problem answer with {@code Retry-After}. */
    public static RestResponse<Problem> response(Problem problem, Duration retryAfter) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(MEDIA_TYPE)
                .header(RETRY_AFTER, retryAfterSeconds(retryAfter)).build();
    }

    /** A wait as the whole seconds of a {@code Retry-After} value: rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toNanosPart() == 0 ? 0 : 1));
    }
}
