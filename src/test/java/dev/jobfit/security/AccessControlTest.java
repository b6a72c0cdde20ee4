package dev.jobfit.security;

import static dev.jobfit.security.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, operation by operation: without a token every protected operation answers 401, with the
 * wrong role 403, and on someone else's data 404 (exactly as for data that does not exist). Public operations
 * need no token.
 */
@QuarkusTest
class AccessControlTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    static final String RESUME = """
            ROBIN SAMPLE
            robin.sample@example.com

            EDUCATION
            Ph.D. in Computer Science, Northbridge University          Sep 2023 - Present

            EXPERIENCE
            Research Assistant | Vision Lab                            Jan 2024 - Present
              - Trained video models in PyTorch.
            """;

    /** A request to one operation: method, path, and the body it needs to get past validation. */
    record Call(String method, String path, String contentType, Object body) {

        static Call of(String method, String path) {
            return new Call(method, path, null, null);
        }

        static Call json(String method, String path, Object body) {
            return new Call(method, path, ContentType.JSON.toString(), body);
        }

        Response send(String authorization) {
            RequestSpecification request = authorization == null ? given() : as(authorization);
            if ("multipart".equals(contentType)) {
                request = request.multiPart("file", "resume.txt", ((String) body).getBytes(StandardCharsets.UTF_8),
                        "text/plain");
            } else if (contentType != null) {
                request = request.contentType(contentType).body(body);
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Data of two company groups and two candidates, made once for the class. */
    record World(UUID group, UUID otherGroup, String recruiter, String otherRecruiter, UUID posting, UUID closedPosting,
                 String owner, String intruder, UUID resume, UUID application) {
    }

    private static World world;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static synchronized World world() {
        if (world != null) {
            return world;
        }
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID group = company("Access Group " + tag);
        UUID otherGroup = company("Other Access Group " + tag);
        String recruiter = TestTokens.recruiter("recruiter-" + tag, group);
        String otherRecruiter = TestTokens.recruiter("other-recruiter-" + tag, otherGroup);
        UUID posting = id(as(recruiter).contentType(ContentType.JSON)
                .body(Map.of("text", "Data Intern\n\nRequirements\n- Experience with SQL and Python.\n"))
                .post("/api/v1/postings"));
        UUID closed = id(as(recruiter).contentType(ContentType.JSON)
                .body(Map.of("text", "Closed Role\n\nRequirements\n- Experience with Java.\n"))
                .post("/api/v1/postings"));
        as(recruiter).delete("/api/v1/postings/" + closed).then().statusCode(204);
        String owner = TestTokens.candidate("owner-" + tag);
        String intruder = TestTokens.candidate("intruder-" + tag);
        UUID resume = id(as(owner).contentType(ContentType.JSON).body(Map.of("text", RESUME)).post("/api/v1/resumes"));
        UUID application = id(as(owner).contentType(ContentType.JSON)
                .body(Map.of("resumeId", resume, "postingId", posting)).post("/api/v1/applications"));
        world = new World(group, otherGroup, recruiter, otherRecruiter, posting, closed, owner, intruder, resume,
                application);
        return world;
    }

    /** The operations only a candidate may call, on the owner's data. */
    static List<Call> candidateCalls(World w) {
        return List.of(
                Call.json("POST", "/api/v1/resumes", Map.of("text", RESUME)),
                new Call("POST", "/api/v1/resumes", "multipart", RESUME),
                Call.of("GET", "/api/v1/resumes/" + w.resume()),
                Call.of("GET", "/api/v1/resumes/" + w.resume() + "/matches"),
                Call.of("GET", "/api/v1/resumes/" + w.resume() + "/application-plan"),
                Call.of("DELETE", "/api/v1/resumes/" + w.resume()),
                Call.json("POST", "/api/v1/applications", Map.of("resumeId", w.resume(), "postingId", w.posting())),
                Call.of("GET", "/api/v1/applications"),
                Call.of("DELETE", "/api/v1/applications/" + w.application()),
                Call.json("POST", "/api/v1/matches", Map.of("resumeId", w.resume())),
                Call.of("DELETE", "/api/v1/candidates/me"));
    }

    /** The operations of a recruiter (their own group's postings) and an administrator, on the group's posting. */
    static List<Call> postingManagerCalls(World w) {
        return List.of(
                Call.json("POST", "/api/v1/postings", Map.of("text", "Analyst\n\nExperience with SQL.")),
                new Call("POST", "/api/v1/postings", "text/plain", "Analyst\n\nExperience with SQL."),
                Call.json("PATCH", "/api/v1/postings/" + w.posting(), Map.of("startDeadline", "2027-01-31")),
                Call.of("POST", "/api/v1/postings/" + w.posting() + "/reanalyze"),
                Call.of("GET", "/api/v1/postings/" + w.posting() + "/matches"),
                Call.of("DELETE", "/api/v1/postings/" + w.posting()));
    }

    /** The operations only an administrator may call. */
    static List<Call> adminCalls(World w) {
        return List.of(
                Call.json("POST", "/api/v1/companies", Map.of("name", "Never Created " + UUID.randomUUID())),
                Call.json("PUT", "/api/v1/companies/" + w.group(), Map.of("name", "Never Renamed " + UUID.randomUUID())));
    }

    @Test
    void everyProtectedOperationAnswers401WithoutATokenAndSaysHowToGetOne() {
        World w = world();
        SoftAssertions softly = new SoftAssertions();
        List<Call> calls = new java.util.ArrayList<>();
        calls.addAll(candidateCalls(w));
        calls.addAll(postingManagerCalls(w));
        calls.addAll(adminCalls(w));
        calls.add(Call.of("GET", "/api/v1/postings/" + w.closedPosting()));
        calls.add(Call.of("GET", "/api/v1/postings?status=CLOSED"));
        for (Call call : calls) {
            Response r = call.send(null);
            softly.assertThat(r.statusCode()).as("%s without a token", call).isEqualTo(401);
            softly.assertThat(r.contentType()).as("%s content type", call).startsWith(PROBLEM_JSON);
            softly.assertThat(problemType(r)).as("%s type", call).isEqualTo("https://jobfit.dev/problems/unauthorized");
            softly.assertThat(problemDetail(r)).as("%s detail", call).contains("POST /api/v1/dev/tokens");
            softly.assertThat(r.header("WWW-Authenticate")).as("%s challenge", call).startsWith("Bearer");
        }
        softly.assertAll();
        as(w.owner()).get("/api/v1/resumes/" + w.resume()).then().statusCode(200);
    }

    @Test
    void everyProtectedOperationAnswers403ToTheWrongRole() {
        World w = world();
        SoftAssertions softly = new SoftAssertions();
        for (Call call : candidateCalls(w)) {
            expectForbidden(softly, call, w.recruiter(), "recruiter");
            expectForbidden(softly, call, TestTokens.admin(), "admin");
        }
        for (Call call : postingManagerCalls(w)) {
            expectForbidden(softly, call, w.owner(), "candidate");
        }
        for (Call call : adminCalls(w)) {
            expectForbidden(softly, call, w.recruiter(), "recruiter");
            expectForbidden(softly, call, w.owner(), "candidate");
        }
        softly.assertAll();
        as(w.owner()).get("/api/v1/resumes/" + w.resume()).then().statusCode(200);
        given().get("/api/v1/postings/" + w.posting()).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    private static void expectForbidden(SoftAssertions softly, Call call, String token, String role) {
        Response r = call.send(token);
        softly.assertThat(r.statusCode()).as("%s as %s", call, role).isEqualTo(403);
        softly.assertThat(r.contentType()).as("%s as %s: content type", call, role).startsWith(PROBLEM_JSON);
        softly.assertThat(problemType(r)).as("%s as %s: type", call, role)
                .isEqualTo("https://jobfit.dev/problems/forbidden");
    }

    @Test
    void someoneElsesDataIsNotFoundExactlyLikeMissingData() {
        World w = world();
        SoftAssertions softly = new SoftAssertions();
        List<Call> othersData = List.of(
                Call.of("GET", "/api/v1/resumes/" + w.resume()),
                Call.of("GET", "/api/v1/resumes/" + w.resume() + "/matches"),
                Call.of("GET", "/api/v1/resumes/" + w.resume() + "/application-plan"),
                Call.of("DELETE", "/api/v1/resumes/" + w.resume()),
                Call.of("DELETE", "/api/v1/applications/" + w.application()),
                Call.json("POST", "/api/v1/matches", Map.of("resumeId", w.resume())));
        for (Call call : othersData) {
            expectNotFound(softly, call, w.intruder(), "another candidate");
        }
        for (Call call : postingManagerCalls(w).subList(2, 6)) {
            expectNotFound(softly, call, w.otherRecruiter(), "a recruiter of another group");
        }
        softly.assertAll();

        // an application with someone else's resume is refused like one with an unknown resume
        Response withOthers = as(w.intruder()).contentType(ContentType.JSON)
                .body(Map.of("resumeId", w.resume(), "postingId", w.posting())).post("/api/v1/applications");
        Response withUnknown = as(w.intruder()).contentType(ContentType.JSON)
                .body(Map.of("resumeId", UUID.randomUUID(), "postingId", w.posting())).post("/api/v1/applications");
        assertThat(withOthers.statusCode()).isEqualTo(400).isEqualTo(withUnknown.statusCode());
        assertThat(withOthers.<String>path("errors[0].field")).isEqualTo("resumeId");
        // the intruder's list holds none of the owner's applications
        as(w.intruder()).get("/api/v1/applications").then().statusCode(200)
                .body("id", not(hasItem(w.application().toString())));
        // and nothing was changed by the attempts
        as(w.owner()).get("/api/v1/resumes/" + w.resume()).then().statusCode(200);
        as(w.owner()).get("/api/v1/applications").then().statusCode(200)
                .body("find { it.id == '" + w.application() + "' }.status", equalTo("ACTIVE"));
        given().get("/api/v1/postings/" + w.posting()).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("correctedFields", org.hamcrest.Matchers.empty());
    }

    private static void expectNotFound(SoftAssertions softly, Call call, String token, String who) {
        Response r = call.send(token);
        softly.assertThat(r.statusCode()).as("%s as %s", call, who).isEqualTo(404);
        softly.assertThat(r.contentType()).as("%s as %s: content type", call, who).startsWith(PROBLEM_JSON);
        softly.assertThat(problemType(r)).as("%s as %s: type", call, who)
                .isEqualTo("https://jobfit.dev/problems/not-found");
    }

    @Test
    void aCandidateWorksWithTheirOwnData() {
        World w = world();
        String me = TestTokens.newCandidate();
        UUID resume = id(as(me).contentType(ContentType.JSON).body(Map.of("text", RESUME)).post("/api/v1/resumes"));
        as(me).get("/api/v1/resumes/" + resume).then().statusCode(200).body("id", equalTo(resume.toString()));
        as(me).get("/api/v1/resumes/" + resume + "/matches").then().statusCode(200).body("total", notNullValue());
        as(me).get("/api/v1/resumes/" + resume + "/application-plan").then().statusCode(200);
        as(me).contentType(ContentType.JSON).body(Map.of("resumeId", resume, "postingIds", List.of(w.posting())))
                .post("/api/v1/matches").then().statusCode(200).body("resumeId", equalTo(resume.toString()));
        UUID application = id(as(me).contentType(ContentType.JSON)
                .body(Map.of("resumeId", resume, "postingId", w.posting())).post("/api/v1/applications"));
        as(me).get("/api/v1/applications").then().statusCode(200).body("id", equalTo(List.of(application.toString())));
        as(me).delete("/api/v1/applications/" + application).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        as(me).delete("/api/v1/resumes/" + resume).then().statusCode(204);
        as(me).delete("/api/v1/candidates/me").then().statusCode(204);
    }

    @Test
    void aRecruiterManagesTheirGroupsPostingsAndAnAdministratorAnyPosting() {
        World w = world();
        UUID mine = id(as(w.recruiter()).contentType("text/plain").body("Platform Engineer\n\nExperience with Go and SQL.")
                .post("/api/v1/postings"));
        as(w.recruiter()).contentType(ContentType.JSON).body(Map.of("startDeadline", "2027-01-31"))
                .patch("/api/v1/postings/" + mine).then().statusCode(200).body("correctedFields", hasItem("startDeadline"));
        as(w.recruiter()).post("/api/v1/postings/" + mine + "/reanalyze").then().statusCode(200);
        as(w.recruiter()).get("/api/v1/postings/" + mine + "/matches").then().statusCode(200);
        as(w.recruiter()).delete("/api/v1/postings/" + mine).then().statusCode(204);

        // an administrator manages any group's posting, the recruiter of that group still manages it too
        UUID other = id(as(w.otherRecruiter()).contentType("text/plain").body("Analyst\n\nExperience with SQL.")
                .post("/api/v1/postings"));
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("startDeadline", "2027-02-28"))
                .patch("/api/v1/postings/" + other).then().statusCode(200);
        as(TestTokens.admin()).get("/api/v1/postings/" + other + "/matches").then().statusCode(200);
        as(w.otherRecruiter()).delete("/api/v1/postings/" + other).then().statusCode(204);
    }

    @Test
    void anAdministratorManagesCompanies() {
        UUID id = company("Admin Made " + UUID.randomUUID().toString().substring(0, 8));
        as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", "Admin Renamed " + id))
                .put("/api/v1/companies/" + id).then().statusCode(200).body("name", equalTo("Admin Renamed " + id));
    }

    @Test
    void publicOperationsNeedNoToken() {
        World w = world();
        given().get("/api/v1/companies?size=1").then().statusCode(200);
        given().get("/api/v1/companies/" + w.group()).then().statusCode(200);
        given().get("/api/v1/skills?q=pyt").then().statusCode(200);
        given().get("/api/v1/postings/" + w.posting()).then().statusCode(200);
        given().contentType("text/plain").body("Analyst\n\nExperience with SQL.").post("/api/v1/postings/analyze")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", RESUME)).post("/api/v1/resumes/parse")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("resumeText", RESUME, "postingIds", List.of(w.posting())))
                .post("/api/v1/matches").then().statusCode(200);
        // without a token only open postings are listed; with one, closed ones too
        List<String> anonymous = given().queryParam("size", 100).get("/api/v1/postings")
                .then().statusCode(200).extract().path("items.status");
        assertThat(anonymous).containsOnly("OPEN");
        as(w.owner()).queryParam("status", "CLOSED").queryParam("size", 100).get("/api/v1/postings")
                .then().statusCode(200).body("items.id", hasItem(w.closedPosting().toString()));
        as(w.owner()).get("/api/v1/postings/" + w.closedPosting()).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void expiredForgedAndMalformedTokensAre401Problems() {
        World w = world();
        String path = "/api/v1/resumes/" + w.resume();
        for (String bad : List.of(TestTokens.expiredCandidate("owner"), TestTokens.foreignlySignedCandidate("owner"),
                "Bearer not-a-jwt", "Bearer " + "e30.e30.e30")) {
            given().header(TestTokens.HEADER, bad).get(path).then().statusCode(401).contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", containsString("invalid_token"))
                    .body("type", equalTo("https://jobfit.dev/problems/unauthorized"))
                    .body("detail", containsString("not valid"))
                    .body("detail", containsString("POST /api/v1/dev/tokens"));
        }
        // the stateless match stays public, but a stored resume's needs a valid token
        given().header(TestTokens.HEADER, TestTokens.expiredCandidate("owner")).contentType(ContentType.JSON)
                .body(Map.of("resumeId", w.resume())).post("/api/v1/matches").then().statusCode(401);
    }

    @Test
    void theDevelopmentTokenEndpointIssuesUsableTokensInTests() {
        Response issued = given().contentType(ContentType.JSON)
                .body(Map.of("subject", "dev-token-user", "roles", List.of("candidate")))
                .post("/api/v1/dev/tokens");
        issued.then().statusCode(200).body("token", notNullValue()).body("expiresAt", notNullValue());
        as("Bearer " + issued.path("token")).contentType(ContentType.JSON).body(Map.of("text", RESUME))
                .post("/api/v1/resumes").then().statusCode(201);

        given().contentType(ContentType.JSON).body(Map.of("subject", "r", "roles", List.of("recruiter")))
                .post("/api/v1/dev/tokens").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("company"));
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "roles", List.of("root")))
                .post("/api/v1/dev/tokens").then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).body(Map.of("subject", " ", "roles", List.of()))
                .post("/api/v1/dev/tokens").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    private static String problemType(Response r) {
        return r.contentType().startsWith(PROBLEM_JSON) ? r.path("type") : null;
    }

    private static String problemDetail(Response r) {
        return r.contentType().startsWith(PROBLEM_JSON) ? r.path("detail") : null;
    }

    static UUID company(String name) {
        return id(as(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("name", name))
                .post("/api/v1/companies"));
    }

    static UUID id(Response created) {
        return UUID.fromString(created.then().statusCode(201).extract().path("id"));
    }
}
