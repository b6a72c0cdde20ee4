package dev.jobfit.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the service runs (the proxy in front of it cuts every connection and refuses
 * new ones) and comes back: readiness turns DOWN, requests that need the database are answered 503 problems
 * with Retry-After within seconds instead of 500s or hanging, nothing of a failed write is stored, and the
 * service recovers by itself. The database itself is never stopped (on PostgreSQL it is the shared server).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest {

    /** The datasource points through a {@link DatabaseProxy}. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseBehindProxy.class));
        }
    }

    /** A request's longest answer while the database is away: the 5 s acquisition timeout, and room for a busy machine. */
    static final long MAX_ANSWER_MILLIS = 15_000;
    static final Duration RECOVERY = Duration.ofSeconds(60);

    DatabaseProxy database;

    @BeforeEach
    void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void databaseIsBack() {
        database.restore();
    }

    @Test
    void answers503WhileTheDatabaseIsAwayAndRecoversWhenItReturns() {
        assertThat(database).as("proxy injected by DatabaseBehindProxy").isNotNull();
        readinessIs("UP");
        String before = createCompany("Outage Before Labs").then().statusCode(201).extract().path("id");

        database.cut();

        awaitReadiness("DOWN");
        isServiceUnavailable(createCompany("Outage During Labs"));
        isServiceUnavailable(given().queryParam("q", "outage").get("/api/v1/companies"));
        isServiceUnavailable(given().get("/api/v1/companies/" + before));
        // What does not need the database keeps working.
        given().contentType("text/plain").body("Requirements: Python and SQL.").post("/api/v1/postings/analyze")
                .then().statusCode(200);

        database.restore();

        awaitReadiness("UP");
        createCompany("Outage After Labs").then().statusCode(201);
        // The write made during the outage left nothing behind.
        given().queryParam("q", "outage").get("/api/v1/companies")
                .then().statusCode(200)
                .body("items.name", equalTo(List.of("Outage After Labs", "Outage Before Labs")));
    }

    private static void isServiceUnavailable(Response response) {
        response.then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("10"))
                .body("type", equalTo("https://jobfit.dev/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", not(containsString("Exception")))
                .time(lessThan(MAX_ANSWER_MILLIS));
    }

    private static Response createCompany(String name) {
        return authorizedAsAdmin().contentType("application/json").body("{\"name\": \"" + name + "\"}")
                .post("/api/v1/companies");
    }

    /** Company writes are an admin's; the one place that says how this test authenticates. */
    private static RequestSpecification authorizedAsAdmin() {
        return TestTokens.as(TestTokens.admin());
    }

    private static void readinessIs(String status) {
        given().get("/q/health/ready").then().body("status", equalTo(status));
    }

    private static void awaitReadiness(String status) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/q/health/ready").then().extract().path("status");
            if (status.equals(last)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("readiness stayed " + last + " for " + RECOVERY + ", expected " + status);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
