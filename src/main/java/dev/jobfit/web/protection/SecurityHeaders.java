package dev.jobfit.web.protection;

import dev.jobfit.web.Problems;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Puts the browser security headers on every answer: API responses, problems, static files, Swagger UI,
 * health and 404s alike. The handler runs first on every route and adds the headers just before they are
 * sent, so answers written by any later handler (including ones that end the exchange early) carry them.
 * API answers are never cached, and every answer varies by Origin (CORS).
 */
@ApplicationScoped
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    public static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    /** Swagger UI (and Dev UI in dev mode) configure themselves with inline scripts and styles. */
    static final String[] INLINE_SCRIPT_TOOLS = {"/q/swagger-ui", "/q/dev-ui"};

    @ConfigMapping(prefix = "jobfit.security-headers")
    public interface Config {
        /** The policy for everything but the API browser: same-origin resources only, no inline code, no framing. */
        @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
        String contentSecurityPolicy();

        /** The policy for Swagger UI under /q/swagger-ui, which needs inline scripts and styles. */
        @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'")
        String swaggerUiContentSecurityPolicy();

        /** Sent as Strict-Transport-Security when set (serve over HTTPS only then), e.g. {@code max-age=31536000}. */
        Optional<String> strictTransportSecurity();
    }

    private final Config config;

    SecurityHeaders(Config config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::register);
    }

    private void register(RoutingContext context) {
        String path = CanonicalPath.of(context.normalizedPath());
        context.addHeadersEndHandler(ignored -> apply(context.response().headers(), path));
        context.next();
    }

    void apply(MultiMap headers, String path) {
        headers.set(CONTENT_SECURITY_POLICY, isInlineScriptTool(path)
                ? config.swaggerUiContentSecurityPolicy() : config.contentSecurityPolicy());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Permissions-Policy", "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
                + "microphone=(), payment=(), usb=()");
        config.strictTransportSecurity().ifPresent(value -> headers.set(STRICT_TRANSPORT_SECURITY, value));
        varyByOrigin(headers);
        if (!headers.contains(HttpHeaders.CACHE_CONTROL) && (isApi(path) || isProblem(headers))) {
            // Answers may hold a candidate's profile: never kept by browsers or shared caches.
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /**
     * The CORS filter answers each allowed origin with its own Access-Control-Allow-Origin, so a cache must
     * keep answers apart by Origin; it does not say so itself.
     */
    private static void varyByOrigin(MultiMap headers) {
        String vary = headers.get(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            headers.set(HttpHeaders.VARY, "Origin");
        } else if (Arrays.stream(vary.split(",")).noneMatch(v -> v.strip().equalsIgnoreCase("Origin"))) {
            headers.set(HttpHeaders.VARY, vary + ", Origin");
        }
    }

    private static boolean isInlineScriptTool(String path) {
        for (String prefix : INLINE_SCRIPT_TOOLS) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isProblem(MultiMap headers) {
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        return type != null && type.startsWith(Problems.MEDIA_TYPE);
    }
}
