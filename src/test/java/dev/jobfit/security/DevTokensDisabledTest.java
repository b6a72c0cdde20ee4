package dev.jobfit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With development tokens off, as in production: their endpoint does not exist for any method, and a 401 tells
 * the client to use its identity provider.
 */
@QuarkusTest
@TestProfile(DevTokensDisabledTest.DevTokensOff.class)
class DevTokensDisabledTest {

    /** Development tokens off; no key is generated, so no token verifies. */
    public static class DevTokensOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobfit.auth.dev-tokens.enabled", "false");
        }
    }

    @Test
    void theDevelopmentTokenEndpointAnswers404ForEveryMethod() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "alex", "roles", List.of("admin")))
                .post("/api/v1/dev/tokens").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/not-found"))
                .body("detail", equalTo("There is no resource at /api/v1/dev/tokens."));
        given().get("/api/v1/dev/tokens").then().statusCode(404).contentType("application/problem+json");
        given().delete("/api/v1/dev/tokens/x").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a401PointsToTheIdentityProvider() {
        given().get("/api/v1/applications").then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("identity provider"))
                .body("detail", not(containsString("/api/v1/dev/tokens")));
    }

    @Test
    void publicOperationsStillWork() {
        given().get("/api/v1/companies?size=1").then().statusCode(200);
    }
}
