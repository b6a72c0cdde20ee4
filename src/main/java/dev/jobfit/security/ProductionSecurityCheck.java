package dev.jobfit.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start outside the local, dev and test profiles (so in production, and in any profile not known
 * to be for development) when tokens could not be verified or could be forged: without a verification key or
 * JWKS ({@code mp.jwt.verify.publickey.location} or {@code mp.jwt.verify.publickey}), without an expected
 * issuer ({@code mp.jwt.verify.issuer}), or with development tokens enabled.
 */
@ApplicationScoped
public class ProductionSecurityCheck {

    private static final Logger LOG = Logger.getLogger(ProductionSecurityCheck.class);

    /** The profiles that may run with development tokens and without an identity provider. */
    static final Set<String> DEVELOPMENT_PROFILES = Set.of("local", "dev", "test");

    /** Runs before the other start-up observers (the sample catalogue, for one). */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        Config config = ConfigProvider.getConfig();
        List<String> problems = problems(ConfigUtils.getProfiles(), key -> config.getOptionalValue(key, String.class));
        if (!problems.isEmpty()) {
            String message = "jobfit refuses to start: " + String.join("; ", problems)
                    + ". For local use without an identity provider start with -Dquarkus.profile=local.";
            LOG.error(message);
            throw new IllegalStateException(message);
        }
    }

    /**
     * What is wrong with the security configuration for the given active profiles; empty when it may start.
     *
     * @param profiles the active configuration profiles
     * @param config looks up a configuration value
     */
    static List<String> problems(Collection<String> profiles, Function<String, Optional<String>> config) {
        if (profiles.stream().anyMatch(DEVELOPMENT_PROFILES::contains)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (config.apply("jobfit.auth.dev-tokens.enabled").map(v -> Boolean.parseBoolean(v.strip())).orElse(false)) {
            problems.add("development tokens are enabled (jobfit.auth.dev-tokens.enabled=true) outside the local, dev "
                    + "and test profiles; set JOBFIT_AUTH_DEV_TOKENS_ENABLED=false");
        }
        boolean key = present(config, "mp.jwt.verify.publickey.location") || present(config, "mp.jwt.verify.publickey");
        if (!key) {
            problems.add("no token verification key is configured; set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the "
                    + "identity provider's JWKS URL (or MP_JWT_VERIFY_PUBLICKEY to its public key)");
        }
        if (!present(config, "mp.jwt.verify.issuer")) {
            problems.add("no token issuer is configured; set MP_JWT_VERIFY_ISSUER to the identity provider's issuer");
        }
        return problems;
    }

    private static boolean present(Function<String, Optional<String>> config, String key) {
        return config.apply(key).filter(v -> !v.isBlank()).isPresent();
    }
}
