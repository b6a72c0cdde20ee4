package dev.jobfit.application;

import static dev.jobfit.security.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The application limit under races: the database decides, not a check-then-insert. Runs on H2 with
 * {@code ./mvnw verify} and on PostgreSQL with {@code ./mvnw verify -Ppostgresql}.
 */
@QuarkusTest
class ApplicationConcurrencyTest {

    private static final int REQUESTS = 20;

    @Test
    void twentySimultaneousApplicationsToOneGroupWithALimitOfTwoLetExactlyTwoThrough() throws Exception {
        String group = "Race Group " + UUID.randomUUID().toString().substring(0, 8);
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", group, "applicationPolicy", Map.of("maxApplications", 2, "scope", "COMPANY_GROUP")))
                .post("/api/v1/companies").then().statusCode(201);
        List<String> postings = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            postings.add(as(TestTokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("text", "Backend Engineer " + i + "\n\nRequirements\n- Java and SQL.\n", "company", group))
                    .post("/api/v1/postings").then().statusCode(201).extract().path("id"));
        }
        String candidate = TestTokens.newCandidate();
        String resume = as(candidate).contentType(ContentType.JSON)
                .body(Map.of("text", "EXPERIENCE\nBackend Engineer | Contoso  2020 - Present\n- Java and SQL services.\n"))
                .post("/api/v1/resumes").then().statusCode(201).extract().path("id");

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (String posting : postings) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return as(candidate).contentType(ContentType.JSON).body(Map.of("resumeId", resume, "postingId", posting))
                            .post("/api/v1/applications").statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(60, TimeUnit.SECONDS));
            }

            assertThat(codes).filteredOn(c -> c == 201).hasSize(2);
            assertThat(codes).filteredOn(c -> c == 409).hasSize(REQUESTS - 2);
        } finally {
            pool.shutdownNow();
        }
        List<Integer> orders = as(candidate).get("/api/v1/applications")
                .then().statusCode(200).extract().jsonPath().getList("orderInGroup", Integer.class);
        assertThat(orders).containsExactly(1, 2);
    }
}
