package dev.jobfit.web.protection;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of public request that are rate limited; each has its own bucket per client. Requests of
 * no class (operations endpoints, static files, signed-in writes) are not limited here.
 */
public enum RateLimitClass {
    /** Reading documents and text: upload, parse, match and analyse, each costing real CPU and memory. */
    EXPENSIVE(Set.of("POST"),
            Pattern.compile("/api/v1/(matches|resumes/parse|postings/analyze|skills/extract)/?")),
    /** Browsing the public catalogue: postings, skills and companies, as a list or one by id. */
    READS(Set.of("GET", "HEAD"),
            Pattern.compile("/api/v1/(postings|skills|companies)(/[^/]+)?/?"));

    private final Set<String> methods;
    private final Pattern paths;

    RateLimitClass(Set<String> methods, Pattern paths) {
        this.methods = methods;
        this.paths = paths;
    }

    /**
     * The class of a request.
     *
     * @param method the HTTP method
     * @param path the normalised request path, or a path template of the API description ({@code {id}} matches as
     *     any one segment)
     */
    public static Optional<RateLimitClass> of(String method, String path) {
        String canonical = CanonicalPath.of(path);
        for (RateLimitClass limited : values()) {
            if (limited.methods.contains(method) && limited.paths.matcher(canonical).matches()) {
                return Optional.of(limited);
            }
        }
        return Optional.empty();
    }
}
