package dev.jobfit.web.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which configured CORS origins would let any site call the API (refused in the prod profile). */
class CorsOriginsCheckTest {

    @Test
    void wildcardAllowsAnySite() {
        assertThat(CorsOriginsCheck.tooOpen(List.of("https://careers.example.com", " * "))).containsExactly("*");
    }

    @Test
    void patternMatchingAnySiteAllowsAnySite() {
        assertThat(CorsOriginsCheck.tooOpen(List.of("/.*/", "/https?://.+/", "/https://careers\\.example\\.com/")))
                .containsExactly("/.*/", "/https?://.+/");
    }

    @Test
    void listedSitesAndNarrowPatternsAreAccepted() {
        assertThat(CorsOriginsCheck.tooOpen(List.of("https://careers.example.com", "https://jobs.example.org:8443",
                "/https://[a-z0-9-]+\\.jobs\\.example\\.org/", "/http://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?/"))).isEmpty();
    }

    @Test
    void noOriginsMeansSameOriginOnly() {
        assertThat(CorsOriginsCheck.tooOpen(List.of())).isEmpty();
    }
}
