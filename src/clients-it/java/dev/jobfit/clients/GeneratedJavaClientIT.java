package dev.jobfit.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobfit.client.ApiClient;
import dev.jobfit.client.ApiException;
import dev.jobfit.client.api.ApplicationsApi;
import dev.jobfit.client.api.CompaniesApi;
import dev.jobfit.client.api.MatchesApi;
import dev.jobfit.client.api.PostingsApi;
import dev.jobfit.client.api.ResumesApi;
import dev.jobfit.client.model.Application;
import dev.jobfit.client.model.ApplicationLimitScope;
import dev.jobfit.client.model.ApplicationPolicy;
import dev.jobfit.client.model.ApplicationRequest;
import dev.jobfit.client.model.CompanyRequest;
import dev.jobfit.client.model.ComponentName;
import dev.jobfit.client.model.EarlierApplication;
import dev.jobfit.client.model.Match;
import dev.jobfit.client.model.MatchOptions;
import dev.jobfit.client.model.MatchReason;
import dev.jobfit.client.model.MatchResponse;
import dev.jobfit.client.model.Posting;
import dev.jobfit.client.model.PostingRequest;
import dev.jobfit.client.model.PostingStatus;
import dev.jobfit.client.model.Problem;
import dev.jobfit.client.model.ResumeSkill;
import dev.jobfit.client.model.ScoreComponent;
import dev.jobfit.client.model.StoredResume;
import dev.jobfit.resume.TestDocuments;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client generated from {@code openapi/openapi.yaml} against the packaged service
 * ({@code ./mvnw verify -Pclients}): the main flows through the generated client alone, so that a change of the
 * API description that breaks generation, compilation or one of these flows fails the build.
 */
@QuarkusIntegrationTest
class GeneratedJavaClientIT {

    private static final String LIMIT_REACHED = "https://jobfit.dev/problems/application-limit-reached";

    private static final String INTERNSHIP = """
            Machine Learning Engineer Intern %s

            Minimum Qualifications
            - Currently pursuing a PhD in Computer Science or a related field.
            - Experience with PyTorch or TensorFlow is required.
            - Strong programming skills in Python.
            """;

    private static final List<String> RESUME = List.of(
            "ALEX EXAMPLE",
            "alex.example@example.com",
            "",
            "EDUCATION",
            "Northbridge University",
            "Ph.D. in Computer Science    Sep 2023 - Present",
            "",
            "EXPERIENCE",
            "Research Assistant | Vision Lab, Northbridge University    Jan 2024 - Present",
            "- Trained video classifiers in PyTorch and Python.",
            "",
            "SKILLS",
            "Python, PyTorch, SQL");

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path files;

    @Test
    void uploadsAResumeAndGetsItsExplainedMatches() throws Exception {
        Caller admin = Caller.admin();
        String group = uniqueName("Upload Group");
        UUID company = companies(admin).createCompany(new CompanyRequest().name(group)).getId();
        UUID posting = postings(Caller.recruiterOf(company)).createPosting(internshipAt(group, "Upload")).getId();

        String options = new ApiClient().getObjectMapper()
                .writeValueAsString(new MatchOptions().postingIds(List.of(posting)).limit(5));
        MatchResponse response = matches(Caller.candidate()).matchResume(resumePdf(), options);

        assertThat(response.getResumeId()).as("an upload is not stored").isNull();
        assertThat(response.getResume().getSkills()).extracting(ResumeSkill::getSkillId).contains("jf:pytorch");
        assertThat(response.getMatches()).singleElement().satisfies(match -> {
            assertThat(match.getPostingId()).isEqualTo(posting);
            assertThat(match.getScore()).isPositive();
            ScoreComponent required = requiredSkills(match);
            MatchReason reason = required.getReasons().stream().filter(r -> r.getPostingEvidence() != null)
                    .findFirst().orElseThrow();
            assertThat(reason.getMessage()).isNotBlank();
            assertThat(match.getPostingText().substring(reason.getPostingEvidence().getStart(),
                    reason.getPostingEvidence().getEnd())).isNotBlank();
        });
    }

    @Test
    void createsAndReadsAPosting() throws Exception {
        String group = uniqueName("Posting Group");
        UUID company = companies(Caller.admin()).createCompany(new CompanyRequest().name(group)).getId();
        PostingsApi postings = postings(Caller.recruiterOf(company));

        Posting created = postings.createPosting(internshipAt(group, "Read Back"));
        Posting read = postings.getPosting(created.getId());

        assertThat(read.getId()).isEqualTo(created.getId());
        assertThat(read.getStatus()).isEqualTo(PostingStatus.OPEN);
        assertThat(read.getCompanyId()).isEqualTo(company);
        assertThat(read.getAnalysis().getTitle().getValue()).isEqualTo("Machine Learning Engineer Intern Read Back");
        assertThat(read.getAnalysis().getRequirementGroups())
                .anySatisfy(g -> assertThat(g.getSkillIds()).contains("jf:pytorch", "jf:tensorflow"));
    }

    @Test
    void thirdApplicationToAGroupWithALimitOfTwoIsAProblemListingTheFirstTwo() throws Exception {
        String group = uniqueName("Limit Group");
        UUID company = companies(Caller.admin()).createCompany(new CompanyRequest().name(group)
                .applicationPolicy(new ApplicationPolicy().maxApplications(2).scope(ApplicationLimitScope.COMPANY_GROUP)))
                .getId();
        PostingsApi postings = postings(Caller.recruiterOf(company));
        UUID first = postings.createPosting(internshipAt(group, "One")).getId();
        UUID second = postings.createPosting(internshipAt(group, "Two")).getId();
        UUID third = postings.createPosting(internshipAt(group, "Three")).getId();
        Caller candidate = Caller.candidate();
        StoredResume resume = resumes(candidate).storeResume(resumePdf());
        ApplicationsApi applications = applications(candidate);

        Application one = applications.apply(new ApplicationRequest().resumeId(resume.getId()).postingId(first));
        Application two = applications.apply(new ApplicationRequest().resumeId(resume.getId()).postingId(second));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> applications.apply(new ApplicationRequest().resumeId(resume.getId()).postingId(third)));

        assertThat(List.of(one.getOrderInGroup(), two.getOrderInGroup())).containsExactly(1, 2);
        assertThat(refused).as("the third application").isNotNull();
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = problemOf(refused);
        assertThat(problem.getType()).isEqualTo(LIMIT_REACHED);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isNotBlank();
        assertThat(problem.getDetail()).contains("Machine Learning Engineer Intern One");
        assertThat(problem.getApplications()).extracting(EarlierApplication::getPostingId).containsExactly(first, second);
        assertThat(problem.getApplications()).extracting(EarlierApplication::getOrder).containsExactly(1, 2);
        assertThat(applications.listApplications()).extracting(Application::getPostingId)
                .containsExactly(first, second);
    }

    /** What an error answer says, read with the generated client's own mapper into its Problem model. */
    private static Problem problemOf(ApiException e) throws IOException {
        return new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    }

    private static ScoreComponent requiredSkills(Match match) {
        return match.getComponents().stream().filter(c -> c.getName() == ComponentName.REQUIRED_SKILLS)
                .findFirst().orElseThrow();
    }

    private static PostingRequest internshipAt(String company, String title) {
        return new PostingRequest().text(INTERNSHIP.formatted(title)).company(company);
    }

    private java.io.File resumePdf() throws IOException {
        Path pdf = Files.createTempFile(files, "resume", ".pdf");
        Files.write(pdf, TestDocuments.pdf(RESUME));
        return pdf.toFile();
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- Who calls, and the one place where a caller's credentials reach a request ---------------------------------

    /**
     * A caller of the API: an administrator, a recruiter of a company group, or a candidate.
     *
     * @param subject who
     * @param role admin, recruiter or candidate
     * @param company a recruiter's company group
     */
    record Caller(String subject, String role, UUID company) {

        static Caller admin() {
            return new Caller("admin-" + UUID.randomUUID(), "admin", null);
        }

        static Caller recruiterOf(UUID company) {
            return new Caller("recruiter-" + UUID.randomUUID(), "recruiter", company);
        }

        static Caller candidate() {
            return new Caller("candidate-" + UUID.randomUUID(), "candidate", null);
        }
    }

    /** A client of the service acting as {@code caller}. Every request the test makes is built here. */
    private ApiClient clientAs(Caller caller) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString().replaceAll("/$", ""));
        Optional<String> token = tokenFor(caller);
        client.setRequestInterceptor(request -> token.ifPresent(t -> request.header("Authorization", "Bearer " + t)));
        return client;
    }

    /**
     * The caller's bearer token, from the development token endpoint the test profile serves. It is not part
     * of the API description (production never serves it), so it is called without the generated client.
     */
    private Optional<String> tokenFor(Caller caller) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode().put("subject", caller.subject());
        body.putArray("roles").add(caller.role());
        if (caller.company() != null) {
            body.put("company", caller.company().toString());
        }
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(service.toString().replaceAll("/$", "") + "/api/v1/dev/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("dev token for %s", caller).isEqualTo(200);
            return Optional.of(json.readTree(answer.body()).get("token").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private CompaniesApi companies(Caller caller) {
        return new CompaniesApi(clientAs(caller));
    }

    private PostingsApi postings(Caller caller) {
        return new PostingsApi(clientAs(caller));
    }

    private MatchesApi matches(Caller caller) {
        return new MatchesApi(clientAs(caller));
    }

    private ResumesApi resumes(Caller caller) {
        return new ResumesApi(clientAs(caller));
    }

    private ApplicationsApi applications(Caller caller) {
        return new ApplicationsApi(clientAs(caller));
    }
}
