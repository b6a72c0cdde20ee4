package dev.jobfit.web.protection;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as deployed behind a TLS-terminating proxy, with limits small enough to reach in a test:
 * clients are told apart by X-Forwarded-For, each may make 2 expensive requests and 3 reads (one more per
 * hour), one document is read at a time and an upload waits at most 200 ms for its turn.
 */
public class ProxiedDeploymentProfile implements QuarkusTestProfile {

    public static final int EXPENSIVE_CAPACITY = 2;
    public static final int READS_CAPACITY = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                Map.entry("jobfit.rate-limit.enabled", "true"),
                Map.entry("jobfit.rate-limit.expensive.capacity", Integer.toString(EXPENSIVE_CAPACITY)),
                Map.entry("jobfit.rate-limit.expensive.refill-tokens", "1"),
                Map.entry("jobfit.rate-limit.expensive.refill-period", "1h"),
                Map.entry("jobfit.rate-limit.reads.capacity", Integer.toString(READS_CAPACITY)),
                Map.entry("jobfit.rate-limit.reads.refill-tokens", "1"),
                Map.entry("jobfit.rate-limit.reads.refill-period", "1h"),
                Map.entry("jobfit.uploads.max-concurrent", "1"),
                Map.entry("jobfit.uploads.queue-wait", "200ms"),
                Map.entry("jobfit.security-headers.strict-transport-security", "max-age=31536000; includeSubDomains"));
    }
}
