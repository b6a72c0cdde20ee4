package dev.jobfit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Authentication settings of jobfit itself; token verification is configured with the {@code mp.jwt.*} keys. */
@ConfigMapping(prefix = "jobfit.auth")
public interface AuthConfig {

    /** Development tokens. */
    DevTokens devTokens();

    /** Tokens signed by the service itself for local use and tests; never in production. */
    interface DevTokens {
        /**
         * Whether {@code POST /api/v1/dev/tokens} answers and a key pair is generated in memory at start to sign
         * and verify its tokens. True only in the local, dev and test profiles; production refuses to start with it.
         */
        @WithDefault("false")
        boolean enabled();

        /** How long a development token is valid. */
        @WithDefault("PT8H")
        Duration lifetime();
    }
}
