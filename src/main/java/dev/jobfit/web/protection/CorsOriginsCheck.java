package dev.jobfit.web.protection;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses to start in production when {@code quarkus.http.cors.origins} lets any web site call the API:
 * {@code *}, or a {@code /regex/} origin that also matches an unrelated site. Career sites are listed by name.
 */
@ApplicationScoped
public class CorsOriginsCheck {

    private static final Logger LOG = Logger.getLogger(CorsOriginsCheck.class);

    /** Origins that no allow-list meant for career sites should match. */
    static final List<String> UNRELATED_ORIGINS = List.of("https://attacker.invalid", "http://attacker.invalid:8080", "null");

    void check(@Observes StartupEvent start,
               @ConfigProperty(name = "quarkus.http.cors.enabled") boolean enabled,
               @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        if (!enabled) {
            return;
        }
        List<String> open = tooOpen(origins.orElse(List.of()));
        if (open.isEmpty()) {
            return;
        }
        String message = "quarkus.http.cors.origins lets any site call the API (" + String.join(", ", open)
                + "); list the career sites' origins instead";
        if (LaunchMode.current() == LaunchMode.NORMAL && ConfigUtils.isProfileActive("prod")) {
            throw new IllegalStateException(message);
        }
        LOG.warn(message + " (refused in the prod profile)");
    }

    /** The configured origins that allow any site: {@code *} or a pattern matching an unrelated origin. */
    static List<String> tooOpen(List<String> origins) {
        return origins.stream().map(String::strip).filter(CorsOriginsCheck::allowsAnySite).toList();
    }

    private static boolean allowsAnySite(String origin) {
        if (origin.equals("*")) {
            return true;
        }
        if (origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/")) {
            try {
                Pattern pattern = Pattern.compile(origin.substring(1, origin.length() - 1));
                return UNRELATED_ORIGINS.stream().anyMatch(o -> pattern.matcher(o).matches());
            } catch (PatternSyntaxException e) {
                return false; // Quarkus itself refuses the pattern
            }
        }
        return false;
    }
}
