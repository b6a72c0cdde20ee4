package dev.jobfit.web.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One token bucket per client for one {@link RateLimitClass}, in a bounded cache. A bucket that has been
 * idle long enough to refill completely is dropped: a new one starts full, so forgetting it changes nothing.
 * When more clients than {@code maxClients} are active, the least recently seen are forgotten first.
 */
final class ClientBuckets {

    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;

    ClientBuckets(RateLimitFilter.Config.Limit limit, long maxClients) {
        this.bandwidth = Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.refillTokens(), limit.refillPeriod())
                .build();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(timeToRefill(limit))
                .build();
    }

    /** Takes one token from the client's bucket. */
    ConsumptionProbe tryConsume(String client) {
        return buckets.get(client, key -> Bucket.builder().addLimit(bandwidth).build()).tryConsumeAndReturnRemaining(1);
    }

    long capacity() {
        return bandwidth.getCapacity();
    }

    /** How long an empty bucket takes to fill up again. */
    static Duration timeToRefill(RateLimitFilter.Config.Limit limit) {
        Duration full = limit.refillPeriod().multipliedBy(limit.capacity()).dividedBy(limit.refillTokens());
        return full.isZero() ? Duration.ofSeconds(1) : full;
    }
}
