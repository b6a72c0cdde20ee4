package dev.jobfit.web.protection;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.web.EarlyAnswers;
import dev.jobfit.web.Problem;
import dev.jobfit.web.ProblemType;
import dev.jobfit.web.Problems;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rate limits the public endpoints per client with token buckets (Bucket4j): each client gets
 * {@code capacity} requests of a {@link RateLimitClass} at once, refilled evenly over time. Past that the
 * request is answered 429 with {@code Retry-After} before its body is read. Every limited request carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the bucket
 * is full again).
 *
 * <p>The client is the peer's IP address. Behind a proxy, enable {@code quarkus.http.proxy.proxy-address-forwarding}
 * (and {@code allow-x-forwarded} or {@code allow-forwarded}) so that it is the address the proxy reports.
 */
@ApplicationScoped
public class RateLimitFilter {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    @ConfigMapping(prefix = "jobfit.rate-limit")
    public interface Config {
        /** Whether the public endpoints are rate limited. */
        @WithDefault("true")
        boolean enabled();

        /** Most clients remembered per class; the least recently seen are forgotten first (and start full again). */
        @WithDefault("100000")
        @Min(1)
        long maxClients();

        /** Upload, parse, match and analyse requests. */
        Limit expensive();

        /** Reads of postings, skills and companies. */
        Limit reads();

        /** One token bucket: {@code capacity} at once, {@code refill-tokens} more every {@code refill-period}. */
        interface Limit {
            @Min(1)
            long capacity();

            @Min(1)
            long refillTokens();

            Duration refillPeriod();
        }
    }

    private final boolean enabled;
    private final Map<RateLimitClass, ClientBuckets> buckets = new EnumMap<>(RateLimitClass.class);
    private final ObjectMapper json;

    RateLimitFilter(Config config, ObjectMapper json) {
        this.enabled = config.enabled();
        this.json = json;
        buckets.put(RateLimitClass.EXPENSIVE, new ClientBuckets(config.expensive(), config.maxClients()));
        buckets.put(RateLimitClass.READS, new ClientBuckets(config.reads(), config.maxClients()));
    }

    void install(@Observes Router router) {
        if (enabled) {
            // Before the body limit and before any of the body is read.
            router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        String path = context.normalizedPath();
        Optional<RateLimitClass> limited = RateLimitClass.of(context.request().method().name(), path);
        if (limited.isEmpty()) {
            context.next();
            return;
        }
        ClientBuckets bucket = buckets.get(limited.get());
        ConsumptionProbe probe = bucket.tryConsume(client(context));
        HttpServerResponse response = context.response();
        response.putHeader(LIMIT, Long.toString(bucket.capacity()))
                .putHeader(REMAINING, Long.toString(probe.getRemainingTokens()))
                .putHeader(RESET, Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            context.next();
            return;
        }
        long retryAfter = Problems.retryAfterSeconds(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        response.putHeader(Problems.RETRY_AFTER, Long.toString(retryAfter));
        EarlyAnswers.problem(context, Problem.of(ProblemType.RATE_LIMITED,
                "Too many requests of this kind from your address; try again in " + retryAfter + " s.", path), json);
    }

    /** The client a bucket belongs to: its address, as forwarded by a trusted proxy when so configured. */
    private static String client(RoutingContext context) {
        SocketAddress address = context.request().remoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.hostAddress() != null ? address.hostAddress() : address.toString();
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Problems.retryAfterSeconds(Duration.ofNanos(nanos));
    }
}
