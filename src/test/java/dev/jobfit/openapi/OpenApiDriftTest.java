package dev.jobfit.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The committed {@code openapi/} files are what the code serves. When this fails, the API changed:
 * regenerate with {@code ./mvnw package -DskipTests} and commit {@code openapi/}.
 */
@QuarkusTest
class OpenApiDriftTest {

    private static final String HOW_TO_FIX = "openapi/%s differs from the document the code produces. "
            + "Regenerate it with `./mvnw package -DskipTests` and commit the openapi/ folder.";

    @Test
    void committedYamlMatchesTheServedDocument() throws IOException {
        // Compared as data: the served document orders keys differently from the stored one.
        Object served = new Yaml().load(given().accept("application/yaml").get("/q/openapi?format=yaml").asString());
        Object committed = new Yaml().load(Files.readString(Path.of("openapi/openapi.yaml"), StandardCharsets.UTF_8));
        assertThat(served).as(HOW_TO_FIX, "openapi.yaml").isEqualTo(committed);
    }

    @Test
    void committedJsonMatchesTheServedDocument() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode served = mapper.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        JsonNode committed = mapper.readTree(Path.of("openapi/openapi.json").toFile());
        assertThat(served).as(HOW_TO_FIX, "openapi.json").isEqualTo(committed);
    }

    @Test
    void everyOperationHasAnIdATagASummaryAndDocumentedErrors() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (!operation.hasNonNull("operationId")) {
                    problems.add(where + ": no operationId");
                }
                if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
                    problems.add(where + ": no tag");
                }
                if (!operation.hasNonNull("summary")) {
                    problems.add(where + ": no summary");
                }
                if (!operation.path("responses").has("500")) {
                    problems.add(where + ": no documented 500 problem");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void problemSchemaHasTheRfc9457Members() throws IOException {
        JsonNode problem = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile())
                .path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.has("type") && problem.has("title") && problem.has("status")
                && problem.has("detail") && problem.has("instance") && problem.has("errors"))
                .as("Problem schema properties: %s", problem)
                .isTrue();
    }
}
