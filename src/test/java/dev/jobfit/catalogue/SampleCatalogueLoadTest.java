package dev.jobfit.catalogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The first run: with the catalogue switched on, an empty database gets the sample companies and postings,
 * and the README's first request (a resume to POST /api/v1/matches) returns real, explained matches.
 */
@QuarkusTest
@TestProfile(SampleCatalogueLoadTest.CatalogueOn.class)
public class SampleCatalogueLoadTest {

    /** The catalogue on; the test database is emptied when Quarkus starts with this profile. */
    public static class CatalogueOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("jobfit.sample-catalogue.enabled", "true");
        }
    }

    @Test
    void loadsTheCatalogueIntoTheEmptyDatabase() {
        given().queryParam("size", 100).get("/api/v1/postings").then().statusCode(200).body("total", equalTo(10));
        String group = given().queryParam("size", 100).get("/api/v1/companies").then().statusCode(200)
                .extract().path("items.find { it.name == 'Lumenwave Group' }.id");
        given().get("/api/v1/companies/" + group).then().statusCode(200)
                .body("affiliates.size()", equalTo(2))
                .body("applicationPolicy.maxApplications", equalTo(2));
    }

    @Test
    void theReadmesFirstRequestReturnsExplainedMatches() throws IOException {
        JsonPath response = given().contentType(ContentType.JSON)
                .body(Map.of("resumeText", sample("phd-student-resume.txt"), "limit", 3))
                .post("/api/v1/matches").then().statusCode(200).extract().jsonPath();

        assertThat(response.getInt("postingsConsidered")).isEqualTo(10);
        List<Map<String, Object>> matches = response.getList("matches");
        assertThat(matches).hasSize(3);
        assertThat(response.getList("matches.postingTitle", String.class)).anyMatch(t -> t.contains("Trust"));
        assertThat(response.getList("matches.eligibility", String.class)).first().isEqualTo("ELIGIBLE");
        assertThat(response.getInt("matches[0].score")).isGreaterThanOrEqualTo(60);
        assertThat(response.getList("matches[0].rules.rule", String.class)).contains("APPLICATION_LIMIT", "INTERNSHIP_WINDOW");
        assertThat(response.getList("matches[0].components.name", String.class)).contains("REQUIRED_SKILLS", "DEGREE",
                "AVAILABILITY", "RESEARCH");
    }

    static String sample(String name) throws IOException {
        try (InputStream in = SampleCatalogueLoadTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
