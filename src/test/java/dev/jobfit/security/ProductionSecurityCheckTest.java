package dev.jobfit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** When the service refuses to start: production without an identity provider, or with development tokens. */
class ProductionSecurityCheckTest {

    static final Map<String, String> PROVIDER = Map.of(
            "mp.jwt.verify.issuer", "https://login.example.com/realms/jobfit",
            "mp.jwt.verify.publickey.location", "https://login.example.com/realms/jobfit/protocol/openid-connect/certs");

    static Function<String, Optional<String>> config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void productionWithIssuerAndJwksStarts() {
        assertThat(ProductionSecurityCheck.problems(List.of("prod"), config(PROVIDER))).isEmpty();
        assertThat(ProductionSecurityCheck.problems(List.of("prod"), config(Map.of(
                "mp.jwt.verify.issuer", "https://login.example.com", "mp.jwt.verify.publickey", "MIIBIjANBg...")))).isEmpty();
    }

    @Test
    void productionWithoutAKeyOrIssuerRefusesAndSaysWhatToSet() {
        List<String> problems = ProductionSecurityCheck.problems(List.of("prod"), config(Map.of()));
        assertThat(problems).hasSize(2);
        assertThat(String.join("; ", problems)).contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
        assertThat(ProductionSecurityCheck.problems(List.of("prod"),
                config(Map.of("mp.jwt.verify.issuer", "https://login.example.com", "mp.jwt.verify.publickey", " "))))
                .singleElement().asString().contains("verification key");
    }

    @Test
    void productionWithDevelopmentTokensRefuses() {
        Map<String, String> values = new java.util.HashMap<>(PROVIDER);
        values.put("jobfit.auth.dev-tokens.enabled", "true");
        assertThat(ProductionSecurityCheck.problems(List.of("prod"), config(values)))
                .singleElement().asString().contains("development tokens");
    }

    @Test
    void anUnknownProfileIsTreatedAsProduction() {
        assertThat(ProductionSecurityCheck.problems(List.of("staging"), config(Map.of()))).isNotEmpty();
    }

    @Test
    void theLocalDevAndTestProfilesNeedNoIdentityProvider() {
        Map<String, String> devTokens = Map.of("jobfit.auth.dev-tokens.enabled", "true");
        for (String profile : List.of("local", "dev", "test")) {
            assertThat(ProductionSecurityCheck.problems(List.of(profile), config(devTokens))).as(profile).isEmpty();
        }
    }
}
