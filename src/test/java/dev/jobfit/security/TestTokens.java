package dev.jobfit.security;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Bearer tokens for {@code @QuarkusTest}s, signed like {@code POST /api/v1/dev/tokens} signs them (the test
 * profile enables development tokens). Each method returns the {@code Authorization} header value.
 */
public final class TestTokens {

    public static final String HEADER = "Authorization";

    private TestTokens() {
    }

    public static String candidate(String subject) {
        return bearer(subject, List.of(Roles.CANDIDATE), null);
    }

    public static String recruiter(String subject, UUID company) {
        return bearer(subject, List.of(Roles.RECRUITER), company);
    }

    public static String admin() {
        return bearer("admin", List.of(Roles.ADMIN), null);
    }

    /** A fresh candidate subject, so tests do not see each other's data. */
    public static String newCandidate() {
        return candidate("candidate-" + UUID.randomUUID());
    }

    /** A request that sends the given {@code Authorization} value. */
    public static RequestSpecification as(String authorization) {
        return given().header(HEADER, authorization);
    }

    public static String bearer(String subject, List<String> roles, UUID company) {
        return "Bearer " + issuer().issue(subject, roles, company).token();
    }

    /** A candidate token that expired an hour ago (properly signed otherwise). */
    public static String expiredCandidate(String subject) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "Bearer " + issuer().sign(subject, List.of(Roles.CANDIDATE), null, now.minus(Duration.ofHours(9)),
                now.minus(Duration.ofHours(1)));
    }

    /** A candidate token with the right issuer and claims, signed by a key the service does not know. */
    public static String foreignlySignedCandidate(String subject) {
        Instant now = Instant.now();
        // the same algorithm as the service's own tokens, so the key alone is what is wrong
        return "Bearer " + Jwt.issuer(DevKeyConfigSourceFactory.DEV_ISSUER).subject(subject)
                .groups(Roles.CANDIDATE).issuedAt(now).expiresAt(now.plus(Duration.ofHours(1)))
                .jws().algorithm(SignatureAlgorithm.fromAlgorithm(DevKeyConfigSourceFactory.ALGORITHM))
                .sign(DevKeyConfigSourceFactory.generate().getPrivate());
    }

    private static DevTokenIssuer issuer() {
        return CDI.current().select(DevTokenIssuer.class).get();
    }
}
