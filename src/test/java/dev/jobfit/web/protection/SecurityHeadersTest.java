package dev.jobfit.web.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the browser security headers: API, problems, static files, tools (answers ended early by
 * a route handler, such as 429, are checked in {@link RateLimitTest}).
 */
@QuarkusTest
class SecurityHeadersTest {

    static final String STRICT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void apiAnswerCarriesEveryHeaderAndIsNeverCached() {
        Response r = given().when().get("/api/v1/companies").then().statusCode(200).extract().response();
        assertBrowserHeaders(r, STRICT_POLICY);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void problemAnswerCarriesEveryHeader() {
        Response r = given().when().get("/api/v1/postings/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).contentType("application/problem+json").extract().response();
        assertBrowserHeaders(r, STRICT_POLICY);
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void notFoundOutsideTheApiCarriesEveryHeader() {
        Response r = given().when().get("/no-such-page.html").then().statusCode(404).extract().response();
        assertBrowserHeaders(r, STRICT_POLICY);
    }

    @Test
    void staticFileCarriesEveryHeader() {
        Response r = given().when().get("/static-probe.txt")
                .then().statusCode(200).body(equalTo("A static file served from META-INF/resources, used by SecurityHeadersTest.\n"))
                .extract().response();
        assertBrowserHeaders(r, STRICT_POLICY);
    }

    @Test
    void operationsEndpointsCarryEveryHeader() {
        assertBrowserHeaders(given().when().get("/q/health/ready").then().statusCode(200).extract().response(), STRICT_POLICY);
        assertBrowserHeaders(given().when().get("/q/openapi").then().statusCode(200).extract().response(), STRICT_POLICY);
    }

    @Test
    void swaggerUiMayRunItsInlineScriptsButNothingFromElsewhere() {
        Response page = given().when().get("/q/swagger-ui/").then().statusCode(200).extract().response();
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'unsafe-inline'", "frame-ancestors 'none'", "default-src 'self'")
                .doesNotContain("http:", "https:", "*");
        assertBrowserHeaders(page, policy);
        // Its own scripts and styles come from the same origin and carry the same policy.
        Response script = given().when().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200).extract().response();
        assertBrowserHeaders(script, policy);
    }

    @Test
    void strictTransportSecurityIsOffUnlessConfigured() {
        Response r = given().when().get("/api/v1/companies").then().statusCode(200).extract().response();
        assertThat(r.header("Strict-Transport-Security")).isNull();
    }

    static void assertBrowserHeaders(Response r, String policy) {
        assertThat(r.header("Content-Security-Policy")).as("Content-Security-Policy").isEqualTo(policy);
        assertThat(r.header("X-Content-Type-Options")).as("X-Content-Type-Options").isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).as("X-Frame-Options").isEqualTo("DENY");
        assertThat(r.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("no-referrer");
        assertThat(r.header("Permissions-Policy")).as("Permissions-Policy").contains("camera=()", "microphone=()",
                "geolocation=()");
    }
}
