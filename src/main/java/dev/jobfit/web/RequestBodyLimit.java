package dev.jobfit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a 413
 * problem before any of the body is processed. Quarkus enforces the same limit one step later, but with an
 * empty answer; bodies streamed without a Content-Length still meet that transport-level limit.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** How much of a rejected body is read and dropped before the connection is closed. */
    static final long MAX_SWALLOW_BYTES = 64L * 1024 * 1024;

    private final long maxBodyBytes;
    private final ObjectMapper json;

    RequestBodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                     ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceedsLimit(declared)) {
            reject(context);
            return;
        }
        context.next();
    }

    private boolean exceedsLimit(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }

    private void reject(RoutingContext context) {
        swallowBody(context.request());
        Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than the limit of " + maxBodyBytes + " bytes.",
                context.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .end(body);
    }

    /**
     * Reads and drops the rejected body, so that a client which sends its whole body before reading the
     * answer (no {@code Expect: 100-continue}) sees the 413 instead of a broken connection. Past
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
