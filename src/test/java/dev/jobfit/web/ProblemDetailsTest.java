package dev.jobfit.web;

import static dev.jobfit.security.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error answer is an RFC 9457 problem document with the right status. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unknownRouteIsA404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/not-found"))
                .body("title", notNullValue())
                .body("status", equalTo(404))
                .body("detail", containsString("/api/v1/no-such-thing"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownIdIsA404Problem() {
        given().when().get("/api/v1/companies/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/not-found"))
                .body("detail", containsString("00000000-0000-0000-0000-000000000000"));
    }

    @Test
    void wrongMethodIsA405ProblemWithAllowHeader() {
        given().when().delete("/api/v1/companies")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"))
                .body("type", equalTo("https://jobfit.dev/problems/method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void wrongMethodOnAnItemListsTheItemsMethods() {
        given().when().delete("/api/v1/companies/00000000-0000-0000-0000-000000000000")
                .then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, PUT"));
    }

    @Test
    void malformedJsonIsA400Problem() {
        as(TestTokens.admin()).contentType("application/json").body("{\"name\": ")
                .when().post("/api/v1/companies")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/malformed-request"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void aFieldGivenTwiceIsA400Problem() {
        given().contentType("application/json").body("{\"text\": \"Alex Example\", \"text\": \"again\"}")
                .when().post("/api/v1/resumes/parse")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/malformed-request"));
    }

    @Test
    void valueOfWrongTypeNamesTheField() {
        as(TestTokens.admin()).contentType("application/json").body("{\"name\": \"Acme\", \"groupId\": \"not-a-uuid\"}")
                .when().post("/api/v1/companies")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/malformed-request"))
                .body("errors.field", hasItem("groupId"));
    }

    @Test
    void beanValidationFailureIsA400ProblemListingEveryField() {
        as(TestTokens.admin()).contentType("application/json")
                .body("{\"name\": \" \", \"applicationPolicy\": {\"maxApplications\": 0}}")
                .when().post("/api/v1/companies")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/validation-failed"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("applicationPolicy.maxApplications"))
                .body("errors.field", hasItem("applicationPolicy.scope"))
                .body("errors.message", hasItem("must not be blank"));
    }

    @Test
    void invalidQueryParameterIsA400ProblemNamingTheParameter() {
        given().when().get("/api/v1/companies?size=500")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() {
        given().contentType("text/csv").body("name\nAcme")
                .when().post("/api/v1/companies")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/unsupported-media-type"))
                .body("detail", containsString("text/csv"));
    }

    @Test
    void oversizedBodyIsA413Problem() {
        byte[] body = new byte[13 * 1024 * 1024]; // over the 12M limit of quarkus.http.limits.max-body-size
        java.util.Arrays.fill(body, (byte) 'a');
        as(TestTokens.admin()).contentType("application/json").body(body)
                .when().post("/api/v1/companies")
                .then().statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://jobfit.dev/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void unexpectedFailureIsA500ProblemWithoutInternalsAndWithAnErrorIdThatIsLogged() {
        CapturingHandler log = new CapturingHandler();
        Logger logger = Logger.getLogger(ProblemMappers.class.getName());
        logger.addHandler(log);
        try {
            Response response = given().when().get("/api/v1/test-only/failure")
                    .then().statusCode(500)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("https://jobfit.dev/problems/internal-error"))
                    .body("errorId", notNullValue())
                    .body(not(containsString("IllegalStateException")))
                    .body(not(containsString("jdbc:secret")))
                    .body(not(containsString("at dev.jobfit")))
                    .extract().response();
            String errorId = response.path("errorId");
            assertThat(response.<String>path("detail")).contains(errorId);
            assertThat(log.records)
                    .as("the error id of the answer appears in the log with the cause")
                    .anySatisfy(r -> {
                        assertThat(formatted(r)).contains(errorId);
                        assertThat(r.getThrown()).hasMessageContaining("jdbc:secret");
                    });
        } finally {
            logger.removeHandler(log);
        }
    }

    @Test
    void successfulAnswersAreNotProblems() {
        given().when().get("/api/v1/companies")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }

    private static String formatted(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    private static final class CapturingHandler extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
