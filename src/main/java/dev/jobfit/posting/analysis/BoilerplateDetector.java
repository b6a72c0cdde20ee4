package dev.jobfit.posting.analysis;

import dev.jobfit.text.Block;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises boilerplate blocks that sit outside any boilerplate section: page navigation, cookie
 * banners, "save / share / track this job" widgets, link farms ("Data Engineer jobs, Kafka jobs,
 * Terraform jobs"), salary and visa statistics, company news. It reads the HTML landmarks and classes
 * a block sits in, and the block's own words.
 */
final class BoilerplateDetector {

    private record MarkerRule(Pattern markers, IgnoredReason reason) {
    }

    private static final List<MarkerRule> MARKER_RULES = List.of(
            new MarkerRule(Pattern.compile("\\b(cookie|consent|gdpr|onetrust)"), IgnoredReason.COOKIE_BANNER),
            new MarkerRule(Pattern.compile("\\b(similar|related|recommend|more-jobs|jobs-like|suggested|popular-searches)"),
                    IgnoredReason.LINK_FARM),
            new MarkerRule(Pattern.compile("\\b(share|social|save-job|savejob|track|bookmark|job-actions|toolbar|widget|button)"),
                    IgnoredReason.TRACKING_WIDGET),
            new MarkerRule(Pattern.compile("\\b(nav|navbar|navigation|menu|breadcrumb|header|site-header|skip-link)\\b"),
                    IgnoredReason.NAVIGATION),
            new MarkerRule(Pattern.compile("\\b(footer|site-footer|copyright)\\b"), IgnoredReason.NAVIGATION),
            new MarkerRule(Pattern.compile("\\b(news|press|funding)\\b"), IgnoredReason.COMPANY_NEWS),
            new MarkerRule(Pattern.compile("\\b(h1b|h-1b|salary-stats|stats|statistics|insights)\\b"), IgnoredReason.STATISTICS));

    private static final Pattern WIDGET = Pattern.compile(
            "^[^\\p{L}\\p{N}]*(track|save|share|report|bookmark|email|print|follow)( this)? (job|role|posting|position|company)\\b"
                    + "|^[^\\p{L}\\p{N}]*(apply now|apply for this job|easy apply|sign in|log in|create (job )?alert|get job alerts"
                    + "|back to (search|jobs|results)|view all jobs|see all jobs)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Careers > Engineering > Data": a trail of three or more short links. */
    private static final Pattern BREADCRUMB = Pattern.compile("^[^>\u00bb\u203a\\n]{1,40}(?:[ \\t]+[>\u00bb\u203a][ \\t]+[^>\u00bb\u203a\\n]{1,40}){2,}$");
    // ".{0,300}", not ".*": a block repeating "cookie" would otherwise take quadratic time.
    private static final Pattern COOKIE = Pattern.compile("\\bcookies?\\b.{0,300}\\b(accept|consent|preferences|policy|use)\\b"
            + "|\\b(accept|manage) (all )?cookies", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOBS_ITEM = Pattern.compile("\\b[\\w+#./ -]{1,40}? jobs\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATISTICS = Pattern.compile(
            "\\bh-?1b\\b|\\blca\\b|\\b(average|median) (base )?salary\\b|\\bsalary (range )?data\\b|\\bvisa sponsorships?\\b.{0,300}\\d"
                    + "|\\b\\d+ (employees|filings|applicants)\\b", Pattern.CASE_INSENSITIVE);
    /** An equal-opportunity or accommodation statement, wherever it sits (often under no heading at the end). */
    private static final Pattern LEGAL = Pattern.compile(
            "\\bequal (employment )?opportunit(y|ies)( and affirmative action)? employer\\b|\\bdo(es)? not discriminate\\b"
                    + "|\\bwithout regard to (race|religion|color|colour|sex|age)\\b|\\bE-Verify\\b|\\bpay transparency\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWS = Pattern.compile(
            "\\braised \\$|\\bseries [a-f] (round|funding)\\b|\\bfunding round\\b|\\bcrunchbase\\b|\\bpress release\\b"
                    + "|\\bannounced (today|that)\\b|\\bacquired by\\b", Pattern.CASE_INSENSITIVE);

    private BoilerplateDetector() {
    }

    /** Why this block is boilerplate, if it is. */
    static Optional<IgnoredReason> classify(Block block, String text) {
        String words = block.of(text);
        if (COOKIE.matcher(words).find()) {
            return Optional.of(IgnoredReason.COOKIE_BANNER);
        }
        // The page's own landmarks are the strongest evidence: a <nav> of "Home Jobs" is navigation.
        Optional<IgnoredReason> byMarkers = byMarkers(block.markers());
        if (byMarkers.isPresent()) {
            return byMarkers;
        }
        if (BREADCRUMB.matcher(words.strip()).matches() && !words.strip().endsWith(".")) {
            return Optional.of(IgnoredReason.NAVIGATION);
        }
        if (WIDGET.matcher(words.strip()).find() && words.length() < 80) {
            return Optional.of(IgnoredReason.TRACKING_WIDGET);
        }
        if (isLinkFarm(words)) {
            return Optional.of(IgnoredReason.LINK_FARM);
        }
        if (STATISTICS.matcher(words).find()) {
            return Optional.of(IgnoredReason.STATISTICS);
        }
        if (LEGAL.matcher(words).find() && block.kind() != Block.Kind.LIST_ITEM) {
            return Optional.of(IgnoredReason.LEGAL);
        }
        if (NEWS.matcher(words).find()) {
            return Optional.of(IgnoredReason.COMPANY_NEWS);
        }
        return Optional.empty();
    }

    private static Optional<IgnoredReason> byMarkers(String markers) {
        if (!markers.isEmpty()) {
            for (MarkerRule rule : MARKER_RULES) {
                if (rule.markers.matcher(markers).find()) {
                    return Optional.of(rule.reason);
                }
            }
        }
        return Optional.empty();
    }

    /** "Data Engineer jobs, Kafka jobs, Terraform jobs": three or more "... jobs" items in one block. */
    static boolean isLinkFarm(String words) {
        int items = 0;
        var matcher = JOBS_ITEM.matcher(words);
        while (matcher.find()) {
            items++;
        }
        return items >= 3 || (items >= 1 && words.strip().matches("(?i)^(-\\s*)?[\\w+#./ -]{1,40} jobs( in [\\w ,.-]+)?$"));
    }
}
