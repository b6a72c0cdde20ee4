package dev.jobfit.web.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which requests count against which bucket. */
class RateLimitClassTest {

    @Test
    void documentAndTextProcessingIsExpensive() {
        assertThat(RateLimitClass.of("POST", "/api/v1/matches")).contains(RateLimitClass.EXPENSIVE);
        assertThat(RateLimitClass.of("POST", "/api/v1/resumes/parse")).contains(RateLimitClass.EXPENSIVE);
        assertThat(RateLimitClass.of("POST", "/api/v1/postings/analyze")).contains(RateLimitClass.EXPENSIVE);
        assertThat(RateLimitClass.of("POST", "/api/v1/skills/extract")).contains(RateLimitClass.EXPENSIVE);
    }

    @Test
    void browsingTheCatalogueIsAReadAsListOrItem() {
        assertThat(RateLimitClass.of("GET", "/api/v1/postings")).contains(RateLimitClass.READS);
        assertThat(RateLimitClass.of("GET", "/api/v1/postings/{id}")).contains(RateLimitClass.READS);
        assertThat(RateLimitClass.of("HEAD", "/api/v1/skills/jf:pytorch")).contains(RateLimitClass.READS);
        assertThat(RateLimitClass.of("GET", "/api/v1/companies/")).contains(RateLimitClass.READS);
    }

    @Test
    void matrixParametersAndRepeatedSlashesDoNotChangeTheClass() {
        assertThat(RateLimitClass.of("POST", "/api/v1/matches;jsessionid=1")).contains(RateLimitClass.EXPENSIVE);
        assertThat(RateLimitClass.of("POST", "/api//v1///resumes/parse")).contains(RateLimitClass.EXPENSIVE);
        assertThat(RateLimitClass.of("GET", "/api/v1/postings;x=1/{id}")).contains(RateLimitClass.READS);
    }

    @Test
    void operationsSignedInWritesAndStaticFilesAreNotCounted() {
        for (String[] request : new String[][] {{"GET", "/q/health/ready"}, {"GET", "/q/metrics"}, {"GET", "/index.html"},
                {"POST", "/api/v1/postings"}, {"POST", "/api/v1/resumes"}, {"GET", "/api/v1/resumes/{id}"},
                {"GET", "/api/v1/postings/{id}/matches"}, {"OPTIONS", "/api/v1/matches"}, {"DELETE", "/api/v1/postings/{id}"}}) {
            assertThat(RateLimitClass.of(request[0], request[1])).as("%s %s", request[0], request[1]).isEqualTo(Optional.empty());
        }
    }
}
