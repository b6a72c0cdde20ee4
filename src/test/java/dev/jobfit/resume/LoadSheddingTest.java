package dev.jobfit.resume;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.jobfit.web.protection.ProxiedDeploymentProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Under a burst of uploads beyond capacity the service sheds load with 503 problems instead of reading
 * every document at once. The profile allows one document at a time and a wait of 200 ms for a slot; each
 * upload comes from its own client address, so rate limits do not interfere.
 */
@QuarkusTest
@TestProfile(ProxiedDeploymentProfile.class)
class LoadSheddingTest {

    static final List<String> RESUME_LINES = List.of("Jordan Example", "jordan.example@example.com", "EXPERIENCE",
            "Data Engineer, Example Logistics, Jan 2021 - Present",
            "Built batch and streaming pipelines in Python, SQL, Apache Spark and Kafka on AWS",
            "Maintained dashboards in Tableau and automated reports with Airflow and dbt",
            "EDUCATION", "MSc in Computer Science, Northbridge University, 2018 - 2020",
            "SKILLS", "Python, SQL, Spark, Kafka, Airflow, dbt, Docker, Kubernetes, Terraform, Tableau");

    @Inject
    UploadCapacity capacity;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void uploadIsShedWithA503ProblemWhileEveryReadingSlotIsBusy() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<Object> busy = executor.submit(() -> capacity.read(() -> {
                holding.countDown();
                await(release);
                return null;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            upload("198.51.100.1", TestDocuments.pdf(RESUME_LINES), "/api/v1/resumes/parse")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://jobfit.dev/problems/server-busy"))
                    .body("status", equalTo(503))
                    .header("Retry-After", equalTo("1"));

            release.countDown();
            busy.get(30, TimeUnit.SECONDS);
            upload("198.51.100.1", TestDocuments.pdf(RESUME_LINES), "/api/v1/resumes/parse")
                    .then().statusCode(200).body("contact.name", equalTo("Jordan Example"));
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void burstOfUploadsBeyondCapacityIsShedAndTheServiceStaysHealthy() throws Exception {
        byte[] longResume = TestDocuments.longPdf(RESUME_LINES, 20);
        int uploads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(uploads);
        List<Response> answers = new ArrayList<>();
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                String client = "198.51.100." + (10 + i);
                String path = i % 2 == 0 ? "/api/v1/matches" : "/api/v1/resumes/parse";
                Callable<Response> call = () -> {
                    await(start);
                    return upload(client, longResume, path);
                };
                futures.add(executor.submit(call));
            }
            start.countDown();
            for (Future<Response> future : futures) {
                answers.add(future.get(180, TimeUnit.SECONDS));
            }
        } finally {
            executor.shutdownNow();
        }

        for (Response answer : answers) {
            assertThat(answer.statusCode()).isIn(200, 503);
            if (answer.statusCode() == 503) {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.<String>path("type")).isEqualTo("https://jobfit.dev/problems/server-busy");
                assertThat(answer.header("Retry-After")).isEqualTo("1");
            }
        }
        assertThat(answers).extracting(Response::statusCode).contains(200, 503);

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        upload("198.51.100.99", TestDocuments.pdf(RESUME_LINES), "/api/v1/resumes/parse").then().statusCode(200);
    }

    private static Response upload(String client, byte[] pdf, String path) {
        return given().header("X-Forwarded-For", client)
                .multiPart("file", "resume.pdf", pdf, "application/pdf")
                .when().post(path);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
