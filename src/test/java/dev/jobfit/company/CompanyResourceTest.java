package dev.jobfit.company;

import static dev.jobfit.security.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompanyResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A name no other test uses, so tests do not depend on each other's data. */
    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String create(Map<String, Object> body) {
        return as(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/companies")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void createsACompanyAndAnswersWithItsLocation() {
        String name = unique("Northwind Video Labs");
        io.restassured.response.Response created = as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", "  " + name + "  ", "website", "https://careers.northwind.example"))
                .when().post("/api/v1/companies")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("website", equalTo("https://careers.northwind.example"))
                .body("group", nullValue())
                .body("affiliates", hasSize(0))
                .body("applicationPolicy", nullValue())
                .extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/companies/" + id);

        given().when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(name))
                .body("createdAt", equalTo(created.path("createdAt")))
                .body("updatedAt", equalTo(created.path("createdAt")));
    }

    @Test
    void affiliateInheritsTheApplicationPolicyOfItsGroup() {
        String groupName = unique("Northwind Group");
        String groupId = create(Map.of("name", groupName,
                "applicationPolicy", Map.of("maxApplications", 2, "scope", "COMPANY_GROUP",
                        "consideredInOrder", true)));
        String affiliateId = create(Map.of("name", unique("Northwind Video Labs EMEA"), "groupId", groupId));

        given().when().get("/api/v1/companies/" + affiliateId)
                .then().statusCode(200)
                .body("group.id", equalTo(groupId))
                .body("group.name", equalTo(groupName))
                .body("applicationPolicy", nullValue())
                .body("effectivePolicy.maxApplications", equalTo(2))
                .body("effectivePolicy.scope", equalTo("COMPANY_GROUP"))
                .body("effectivePolicy.consideredInOrder", equalTo(true))
                .body("effectivePolicy.withdrawalFreesSlot", equalTo(false));

        given().when().get("/api/v1/companies/" + groupId)
                .then().statusCode(200)
                .body("affiliates.id", hasItem(affiliateId));
    }

    @Test
    void rejectsDuplicateNameRegardlessOfCaseAndSpacing() {
        String name = unique("Contoso Analytics");
        create(Map.of("name", name));
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", name.toUpperCase().replace(" ", "   ")))
                .when().post("/api/v1/companies")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jobfit.dev/problems/conflict"))
                .body("detail", containsString("already exists"));
    }

    @Test
    void rejectsUnknownGroup() {
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Orphan Corp"), "groupId", UUID.randomUUID().toString()))
                .when().post("/api/v1/companies")
                .then().statusCode(400)
                .body("type", equalTo("https://jobfit.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("groupId"));
    }

    @Test
    void rejectsAnAffiliateAsGroupSoGroupsCannotLoop() {
        String groupId = create(Map.of("name", unique("Fabrikam Holding")));
        String affiliateId = create(Map.of("name", unique("Fabrikam Retail"), "groupId", groupId));
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Fabrikam Retail Outlet"), "groupId", affiliateId))
                .when().post("/api/v1/companies")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("groupId"))
                .body("errors[0].message", containsString("is itself an affiliate"));
    }

    @Test
    void groupWithAffiliatesCannotJoinAnotherGroup() {
        String groupName = unique("Tailspin Group");
        String groupId = create(Map.of("name", groupName));
        create(Map.of("name", unique("Tailspin Air"), "groupId", groupId));
        String otherGroupId = create(Map.of("name", unique("Wingtip Group")));
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", groupName, "groupId", otherGroupId))
                .when().put("/api/v1/companies/" + groupId)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("groupId"));
    }

    @Test
    void replaceChangesNameAndPolicy() {
        String id = create(Map.of("name", unique("Litware")));
        String newName = unique("Litware International");
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("name", newName,
                        "applicationPolicy", Map.of("maxApplications", 3, "scope", "COMPANY")))
                .when().put("/api/v1/companies/" + id)
                .then().statusCode(200)
                .body("name", equalTo(newName))
                .body("applicationPolicy.maxApplications", equalTo(3))
                .body("applicationPolicy.scope", equalTo("COMPANY"));
        given().when().get("/api/v1/companies/" + id).then().body("name", equalTo(newName));
    }

    @Test
    void replaceOfUnknownCompanyIs404() {
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "Nobody"))
                .when().put("/api/v1/companies/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsPagesInStableNameOrderWithTotal() {
        String tag = "pagetest" + UUID.randomUUID().toString().substring(0, 6);
        for (String letter : new String[] {"C", "A", "E", "B", "D"}) {
            create(Map.of("name", letter + " " + tag));
        }
        given().when().get("/api/v1/companies?q=" + tag.toUpperCase() + "&page=0&size=2")
                .then().statusCode(200)
                .body("total", equalTo(5))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.name", org.hamcrest.Matchers.contains("A " + tag, "B " + tag));
        given().when().get("/api/v1/companies?q=" + tag + "&page=2&size=2")
                .then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains("E " + tag));
        given().when().get("/api/v1/companies?q=" + tag + "&page=9&size=2")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(5));
    }

    @Test
    void searchTreatsWildcardsLiterally() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        create(Map.of("name", "Percent 100% " + tag));
        create(Map.of("name", "Percent 1000 " + tag));
        given().queryParam("q", "100% " + tag).when().get("/api/v1/companies")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", everyItem(containsString("100%")));
    }

    @Test
    void timestampsAreIso8601() {
        String id = create(Map.of("name", unique("Adventure Works")));
        String createdAt = given().get("/api/v1/companies/" + id).path("createdAt");
        assertThat(java.time.OffsetDateTime.parse(createdAt)).isNotNull();
    }
}
