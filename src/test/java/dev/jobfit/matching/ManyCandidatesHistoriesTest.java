package dev.jobfit.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.application.ApplicationService;
import dev.jobfit.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The application histories of many candidates at once, as ranking stored resumes for a posting reads them:
 * more candidates than one statement may bind on PostgreSQL (65,535 parameters) still give every history.
 */
@QuarkusTest
class ManyCandidatesHistoriesTest {

    @Inject
    ApplicationService applications;

    @Inject
    PostingCatalog catalog;

    @Test
    void historiesOfMoreCandidatesThanOneStatementMayBindAreAllRead() {
        MatchingScenariosTest.Group group = MatchingScenariosTest.group(0);
        String subject = "candidate-" + UUID.randomUUID();
        String candidate = TestTokens.candidate(subject);
        UUID resume = MatchingScenariosTest.storedResume(candidate, MatchingScenariosTest.PHD_STUDENT);
        MatchingScenariosTest.apply(candidate, resume, group.phdInternship()).then().statusCode(201);

        List<String> many = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            many.add("nobody-" + i);
        }
        many.add(35_000, subject);

        Map<String, ApplicationHistory> histories = applications.histories(many, catalog.current());

        assertThat(histories).containsOnlyKeys(subject);
        assertThat(histories.get(subject).applications()).singleElement()
                .satisfies(p -> assertThat(p.postingId()).isEqualTo(group.phdInternship()));
    }
}
