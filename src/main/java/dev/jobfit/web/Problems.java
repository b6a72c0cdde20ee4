package dev.jobfit.web;

import org.jboss.resteasy.reactive.RestResponse;

/** Building problem answers. */
public final class Problems {

    /** The media type of every error answer (RFC 9457). */
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static RestResponse<Problem> response(Problem problem) {
        return RestResponse.ResponseBuilder.<Problem>create(problem.status()).entity(problem).type(MEDIA_TYPE).build();
    }
}
