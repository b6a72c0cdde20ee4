package dev.jobfit.web.protection;

import java.util.regex.Pattern;

/**
 * A request path as the REST layer routes it, for deciding which rules apply: Vert.x's normalised path
 * (dot segments resolved, unreserved percent-escapes decoded) without matrix parameters ({@code ;x=1}) and
 * with repeated slashes collapsed, so that neither can be used to slip past a rule.
 */
final class CanonicalPath {

    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private CanonicalPath() {
    }

    static String of(String normalizedPath) {
        if (normalizedPath == null) {
            return "/";
        }
        String path = normalizedPath;
        if (path.indexOf(';') >= 0) {
            path = MATRIX_PARAMETERS.matcher(path).replaceAll("");
        }
        if (path.contains("//")) {
            path = REPEATED_SLASHES.matcher(path).replaceAll("/");
        }
        return path;
    }
}
