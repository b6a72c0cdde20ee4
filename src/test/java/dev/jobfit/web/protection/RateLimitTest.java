package dev.jobfit.web.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-client rate limits behind a proxy: each client (its X-Forwarded-For address; every test uses its own)
 * may make {@value ProxiedDeploymentProfile#EXPENSIVE_CAPACITY} expensive requests and
 * {@value ProxiedDeploymentProfile#READS_CAPACITY} reads before it has to wait about an hour.
 */
@QuarkusTest
@TestProfile(ProxiedDeploymentProfile.class)
class RateLimitTest {

    static final String POSTING = "Data Analyst (Part-Time)\nRequirements: SQL and Excel; Python is a plus.";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void expensiveRequestBeyondTheBucketIsA429ProblemWithRetryAfter() {
        String client = "203.0.113.1";
        analyze(client).then().statusCode(200)
                .header("RateLimit-Limit", equalTo("2")).header("RateLimit-Remaining", equalTo("1"));
        analyze(client).then().statusCode(200).header("RateLimit-Remaining", equalTo("0"));

        Response refused = analyze(client).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/postings/analyze"))
                .header("RateLimit-Remaining", equalTo("0"))
                .extract().response();
        // One token comes back per hour.
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(Long.parseLong(refused.header("RateLimit-Reset"))).isGreaterThanOrEqualTo(Long.parseLong(refused.header("Retry-After")));
        assertThat(refused.<String>path("detail")).contains("try again in " + refused.header("Retry-After") + " s");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.header("Content-Security-Policy")).isEqualTo(SecurityHeadersTest.STRICT_POLICY);
    }

    @Test
    void everyExpensiveEndpointDrawsOnTheSameBucket() throws Exception {
        String client = "203.0.113.2";
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("resumeText", "River Example\nSKILLS\nPython"))
                .when().post("/api/v1/matches").then().statusCode(200);
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("text", "River Example\nSKILLS\nPython"))
                .when().post("/api/v1/resumes/parse").then().statusCode(200);

        // An upload is refused before its body is read.
        given().header("X-Forwarded-For", client)
                .multiPart("file", "resume.pdf", dev.jobfit.resume.TestDocuments.pdf(java.util.List.of("River Example")),
                        "application/pdf")
                .when().post("/api/v1/matches")
                .then().statusCode(429).contentType("application/problem+json");
        given().header("X-Forwarded-For", client).contentType(ContentType.TEXT).body("PyTorch and SQL")
                .when().post("/api/v1/skills/extract").then().statusCode(429);
    }

    @Test
    void anotherClientIsNotAffected() {
        String greedy = "203.0.113.3";
        for (int i = 0; i < ProxiedDeploymentProfile.EXPENSIVE_CAPACITY; i++) {
            analyze(greedy).then().statusCode(200);
        }
        analyze(greedy).then().statusCode(429);

        analyze("203.0.113.4").then().statusCode(200).header("RateLimit-Remaining", equalTo("1"));
    }

    @Test
    void readsHaveTheirOwnBucket() {
        String client = "203.0.113.5";
        for (int i = 0; i < ProxiedDeploymentProfile.EXPENSIVE_CAPACITY; i++) {
            analyze(client).then().statusCode(200);
        }
        analyze(client).then().statusCode(429);

        given().header("X-Forwarded-For", client).when().get("/api/v1/postings")
                .then().statusCode(200).header("RateLimit-Limit", equalTo("3")).header("RateLimit-Remaining", equalTo("2"));
        given().header("X-Forwarded-For", client).when().get("/api/v1/companies").then().statusCode(200);
        given().header("X-Forwarded-For", client).when().get("/api/v1/skills/jf:pytorch").then().statusCode(200);
        given().header("X-Forwarded-For", client).when().get("/api/v1/skills?q=pyt")
                .then().statusCode(429).body("type", equalTo("https://jobfit.dev/problems/rate-limited"));
    }

    @Test
    void spellingThePathDifferentlyDoesNotEscapeTheLimit() {
        String client = "203.0.113.7";
        for (String path : new String[] {"/api/v1/postings/analyze;v=1", "/api/v1//postings/analyze"}) {
            given().urlEncodingEnabled(false).header("X-Forwarded-For", client).contentType(ContentType.TEXT).body(POSTING)
                    .when().post(path).then().statusCode(200);
        }
        given().urlEncodingEnabled(false).header("X-Forwarded-For", client).contentType(ContentType.TEXT).body(POSTING)
                .when().post("/api/v1/postings/analyze/").then().statusCode(429);
    }

    @Test
    void healthMetricsAndTheApiDescriptionAreNeverLimited() {
        String client = "203.0.113.6";
        int rounds = 2 * (ProxiedDeploymentProfile.EXPENSIVE_CAPACITY + ProxiedDeploymentProfile.READS_CAPACITY);
        for (int i = 0; i < rounds; i++) {
            for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi"}) {
                Response r = given().header("X-Forwarded-For", client).when().get(path).then().extract().response();
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.header("RateLimit-Limit")).as(path).isNull();
            }
        }
    }

    private static Response analyze(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.TEXT).body(POSTING)
                .when().post("/api/v1/postings/analyze");
    }
}
