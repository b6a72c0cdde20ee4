package dev.jobfit.web.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Behind HTTPS, with {@code jobfit.security-headers.strict-transport-security} set, every answer carries it. */
@QuarkusTest
@TestProfile(ProxiedDeploymentProfile.class)
class ConfiguredSecurityHeadersTest {

    @Test
    void strictTransportSecurityIsSentOnEveryAnswerWhenConfigured() {
        for (String path : new String[] {"/api/v1/companies", "/api/v1/no-such-thing", "/static-probe.txt",
                "/q/swagger-ui/", "/q/health/live"}) {
            assertThat(given().header("X-Forwarded-For", "192.0.2.77").when().get(path).header("Strict-Transport-Security"))
                    .as(path).isEqualTo("max-age=31536000; includeSubDomains");
        }
    }
}
