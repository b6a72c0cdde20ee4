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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
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
    void everyRequestAndResponseBodyIsANamedSchema() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        List<String> problems = new ArrayList<>();
        forEachOperation(doc, (where, operation) -> {
            operation.path("requestBody").path("content").fields().forEachRemaining(media ->
                    checkNamed(where + " request " + media.getKey(), media.getValue().path("schema"), problems));
            operation.path("responses").fields().forEachRemaining(response ->
                    response.getValue().path("content").fields().forEachRemaining(media -> checkNamed(
                            where + " response " + response.getKey() + " " + media.getKey(),
                            media.getValue().path("schema"), problems)));
        });
        assertThat(problems).as("bodies that generated clients would get as anonymous types").isEmpty();
    }

    @Test
    void operationsListAnUploadFirstThenJsonThenRawText() throws IOException {
        // Generated clients build an operation's method from its first request content type.
        JsonNode doc = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        List<String> order = List.of("multipart/form-data", "application/json", "application/merge-patch+json",
                "text/plain", "text/html");
        List<String> problems = new ArrayList<>();
        forEachOperation(doc, (where, operation) -> {
            List<String> types = new ArrayList<>();
            operation.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            List<String> sorted = types.stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
            if (!types.equals(sorted)) {
                problems.add(where + ": " + types);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(doc.path("paths").path("/api/v1/matches").path("post").path("requestBody").path("content")
                .fieldNames().next()).isEqualTo("multipart/form-data");
    }

    @Test
    void operationIdsAreUnique() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(Path.of("openapi/openapi.json").toFile());
        List<String> ids = new ArrayList<>();
        forEachOperation(doc, (where, operation) -> ids.add(operation.path("operationId").asText()));
        assertThat(ids).doesNotHaveDuplicates();
    }

    /** A body schema is a reference, an array of references, or a plain string (raw text, a file). */
    private static void checkNamed(String where, JsonNode schema, List<String> problems) {
        JsonNode named = schema.has("items") ? schema.path("items") : schema;
        boolean string = "string".equals(named.path("type").asText()) && !named.has("properties");
        if (!named.has("$ref") && !string) {
            problems.add(where + ": " + schema);
        }
    }

    private static void forEachOperation(JsonNode doc, BiConsumer<String, JsonNode> action) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!op.getKey().equals("parameters")) {
                action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
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
