package dev.jobfit.skills;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SkillResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void autocompleteFindsNamesByPrefixBestFirst() {
        given().queryParam("q", "pyt").queryParam("limit", 5)
                .when().get("/api/v1/skills")
                .then().statusCode(200)
                .body("$", hasSize(lessThanOrEqualTo(5)))
                .body("[0].id", equalTo("jf:pytorch"))
                .body("name", hasItem("Python (computer programming)"));
    }

    @Test
    void autocompleteFindsAliases() {
        given().queryParam("q", "NLP").when().get("/api/v1/skills")
                .then().statusCode(200)
                .body("name", hasItem("natural language processing"));
    }

    @Test
    void autocompleteRequiresAQueryAndABoundedLimit() {
        given().when().get("/api/v1/skills").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "py").queryParam("limit", 500).when().get("/api/v1/skills")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void skillDetailShowsParentsAndPartiallyCreditedSiblings() {
        given().when().get("/api/v1/skills/jf:pytorch")
                .then().statusCode(200)
                .body("name", equalTo("PyTorch"))
                .body("type", equalTo("KNOWLEDGE"))
                .body("aliases", hasItem("torch"))
                .body("parents.id", hasItem("jf:cat-deep-learning-framework"))
                .body("related.find { it.skill.id == 'jf:tensorflow' }.relation", equalTo("SIBLING"))
                .body("related.find { it.skill.id == 'jf:tensorflow' }.weight", equalTo(0.5f));
    }

    @Test
    void unknownSkillIs404Problem() {
        given().when().get("/api/v1/skills/jf:no-such-skill")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void extractionReturnsMentionsWithOffsetsIntoTheReturnedText() {
        String text = "Experience with PyTorch or TensorFlow is required; at least one of: ML, NLP, CV.";
        Response response = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/skills/extract")
                .then().statusCode(200)
                .body("text", equalTo(text))
                .body("mentions.skillId", hasItem("jf:pytorch"))
                .body("mentions.skillId", hasItem("jf:tensorflow"))
                .body("mentions.name", hasItem("natural language processing"))
                .body("mentions.find { it.skillId == 'jf:pytorch' }.source", org.hamcrest.Matchers.oneOf("taxonomy", "both"))
                .extract().response();
        String returned = response.path("text");
        List<Map<String, Object>> mentions = response.path("mentions");
        assertThat(mentions).isNotEmpty().allSatisfy(m -> assertThat(
                returned.substring((Integer) m.get("start"), (Integer) m.get("end"))).isEqualTo(m.get("text")));
    }

    @Test
    void extractionAcceptsPlainText() {
        given().contentType("text/plain").body("Go, Rust or C for backend services")
                .when().post("/api/v1/skills/extract")
                .then().statusCode(200)
                .body("mentions.skillId", org.hamcrest.Matchers.hasItems("jf:go", "jf:rust", "jf:c"));
    }

    @Test
    void extractionRejectsMissingAndOversizedText() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/skills/extract")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(100_001)))
                .when().post("/api/v1/skills/extract")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
    }

    @Test
    void readinessIncludesTheSkillKnowledge() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.name", hasItem("Skill taxonomy and recogniser"));
    }
}
