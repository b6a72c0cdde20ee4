package dev.jobfit.resume;

import static dev.jobfit.security.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.jobfit.security.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Stored resumes are deleted from the database once their retention is over, by a scheduled job. */
@QuarkusTest
class ResumeRetentionTest {

    static final String RESUME = """
            CASEY SAMPLE
            casey.sample@example.com

            EXPERIENCE
            Data Analyst | Contoso Retail                             2022 - Present
              - SQL and Python reports.
            """;

    @Inject
    ExpiredResumePurge purge;

    @Inject
    StoredResumeRepository resumes;

    @Inject
    Scheduler scheduler;

    @Test
    void theScheduledPurgeDeletesExpiredResumesAndKeepsTheirApplicationsWithoutThem() {
        String candidate = TestTokens.newCandidate();
        UUID posting = UUID.fromString(as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("text", "Reporting Analyst\n\nRequirements\n- SQL.\n"))
                .post("/api/v1/postings").then().statusCode(201).extract().path("id"));
        UUID expired = store(candidate);
        UUID current = store(candidate);
        String application = as(candidate).contentType(ContentType.JSON)
                .body(Map.of("resumeId", expired, "postingId", posting)).post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        // stored long ago: its retention ended yesterday
        QuarkusTransaction.requiringNew().run(() -> resumes.update("createdAt = ?1, expiresAt = ?2 where id = ?3",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(181), OffsetDateTime.now(ZoneOffset.UTC).minusDays(1),
                expired));

        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);

        assertThat(QuarkusTransaction.requiringNew().call(() -> resumes.findByIdOptional(expired))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> resumes.findByIdOptional(current))).isPresent();
        as(candidate).get("/api/v1/resumes/" + expired).then().statusCode(404);
        as(candidate).get("/api/v1/resumes/" + current).then().statusCode(200);
        // the application stays, as when a candidate deletes the resume: the company has received it
        as(candidate).get("/api/v1/applications").then().statusCode(200)
                .body("find { it.id == '" + application + "' }.status", equalTo("ACTIVE"))
                .body("find { it.id == '" + application + "' }.resumeId", nullValue());
        assertThat(purge.purge()).as("nothing more has expired").isZero();
    }

    @Test
    void thePurgeIsScheduledAtTheConfiguredInterval() {
        Trigger job = scheduler.getScheduledJob("expired-resume-purge");
        assertThat(job).as("the scheduled purge job").isNotNull();
        // jobfit.resumes.purge-interval is 1h: the next run is at most an hour away
        assertThat(job.getNextFireTime()).isBeforeOrEqualTo(Instant.now().plus(Duration.ofHours(1)).plusSeconds(5));
    }

    private UUID store(String candidate) {
        return UUID.fromString(as(candidate).contentType(ContentType.JSON).body(Map.of("text", RESUME))
                .post("/api/v1/resumes").then().statusCode(201).extract().path("id"));
    }
}
