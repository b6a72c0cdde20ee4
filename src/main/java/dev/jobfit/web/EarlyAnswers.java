package dev.jobfit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Problem answers given by HTTP route handlers before a request reaches a resource (body limit, rate
 * limit): the same RFC 9457 document the exception mappers write, sent without reading the body.
 */
public final class EarlyAnswers {

    /** How much of a rejected body is read and dropped before the connection is closed. */
    static final long MAX_SWALLOW_BYTES = 64L * 1024 * 1024;

    private EarlyAnswers() {
    }

    /**
     * Ends the exchange with {@code problem}; headers already put on the response (Retry-After...) are kept.
     */
    public static void problem(RoutingContext context, Problem problem, ObjectMapper json) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        swallowBody(context.request());
        HttpServerResponse response = context.response();
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(body);
    }

    /**
     * Reads and drops the rejected body, so that a client which sends its whole body before reading the
     * answer (no {@code Expect: 100-continue}) sees the answer instead of a broken connection. Past
     * {@link #MAX_SWALLOW_BYTES} the connection is closed instead.
     */
    private static void swallowBody(HttpServerRequest request) {
        AtomicLong swallowed = new AtomicLong();
        request.handler(chunk -> {
            if (swallowed.addAndGet(chunk.length()) > MAX_SWALLOW_BYTES) {
                request.connection().close();
            }
        });
        request.resume();
    }
}
