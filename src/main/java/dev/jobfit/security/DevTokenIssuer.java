package dev.jobfit.security;

import dev.jobfit.security.api.DevToken;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs development tokens with the in-memory key of {@link DevKeyConfigSourceFactory}. Refuses to work unless
 * development tokens are enabled, so production (where they never are) cannot mint tokens.
 */
@ApplicationScoped
public class DevTokenIssuer {

    private final AuthConfig config;
    private final String issuer;

    DevTokenIssuer(AuthConfig config,
                   @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = DevKeyConfigSourceFactory.DEV_ISSUER)
                   String issuer) {
        this.config = config;
        this.issuer = issuer;
    }

    /** A token for the subject with these roles (and, for a recruiter, company), valid for the configured lifetime. */
    public DevToken issue(String subject, List<String> roles, UUID company) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(config.devTokens().lifetime());
        return new DevToken(sign(subject, roles, company, now, expiresAt), expiresAt);
    }

    /** A token with explicit times; tests use it for expired tokens. */
    public String sign(String subject, List<String> roles, UUID company, Instant issuedAt, Instant expiresAt) {
        if (!config.devTokens().enabled()) {
            throw new IllegalStateException("development tokens are disabled (jobfit.auth.dev-tokens.enabled=false)");
        }
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject)
                .groups(new LinkedHashSet<>(roles))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (company != null) {
            claims.claim(Roles.COMPANY_CLAIM, company.toString());
        }
        return claims.sign();
    }
}
