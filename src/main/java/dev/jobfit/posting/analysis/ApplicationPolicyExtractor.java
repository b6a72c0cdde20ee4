package dev.jobfit.posting.analysis;

import dev.jobfit.company.ApplicationLimitScope;
import dev.jobfit.posting.analysis.PostingAnalysis.ApplicationPolicyRequirement;
import dev.jobfit.text.Span;
import dev.jobfit.time.DateExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application rules: "Candidates can apply to a maximum of two positions and will be considered for
 * jobs in the order you apply. The application limit is applicable to X and its affiliates' jobs
 * globally." The limit, whether order counts, and over which postings it applies.
 */
final class ApplicationPolicyExtractor {

    private static final Pattern LIMIT = Pattern.compile(
            "(?i)\\b(?:apply|applications?|submit)\\b[^.]{0,40}?\\b(?:a maximum of|maximum of|at most|up to|no more than|a max(?:imum)? of|limited to|limit of)"
                    + "\\s+(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\b\\s*(?:\\(\\d+\\)\\s*)?"
                    + "(?:different\\s+|open\\s+)?(positions?|roles?|jobs?|openings?|applications?|requisitions?|postings?)");
    private static final Pattern LIMIT_REVERSED = Pattern.compile(
            "(?i)\\b(?:maximum|limit) of (\\d{1,2}|one|two|three|four|five) (applications?|positions?|roles?|jobs?)");
    private static final Pattern IN_ORDER = Pattern.compile(
            "(?i)\\b(in the order (?:in which )?(?:you apply|you applied|they are received|of (?:application|submission)|received|submitted)"
                    + "|order in which (?:you apply|applications are received)|first[- ]come,? first[- ]served)");
    private static final Pattern GROUP = Pattern.compile("(?i)\\b(affiliates?|subsidiar(?:y|ies)|group companies|sister companies|entities)\\b");
    private static final Pattern GLOBAL = Pattern.compile("(?i)\\b(globally|worldwide|across all (?:regions|countries|locations|offices))\\b");
    private static final Pattern POLICY_TOPIC = Pattern.compile("(?i)\\b(application limit|apply|applications?)\\b");

    private ApplicationPolicyExtractor() {
    }

    static ApplicationPolicyRequirement extract(PostingContext context) {
        Integer max = null;
        boolean inOrder = false;
        boolean group = false;
        boolean global = false;
        List<Span> evidence = new ArrayList<>();
        for (PostingContext.Sentence sentence : context.sentences) {
            String s = sentence.text();
            boolean used = false;
            Matcher limit = LIMIT.matcher(s);
            Matcher reversed = LIMIT_REVERSED.matcher(s);
            if (limit.find()) {
                max = DateExpressions.number(limit.group(1)).orElse(null);
                used = true;
            } else if (reversed.find()) {
                max = DateExpressions.number(reversed.group(1)).orElse(null);
                used = true;
            }
            if (IN_ORDER.matcher(s).find()) {
                inOrder = true;
                used = true;
            }
            boolean aboutPolicy = used || (max != null && POLICY_TOPIC.matcher(s).find() && s.toLowerCase().contains("limit"));
            if (aboutPolicy && GROUP.matcher(s).find()) {
                group = true;
                used = true;
            }
            if (aboutPolicy && GLOBAL.matcher(s).find()) {
                global = true;
                used = true;
            }
            if (used) {
                evidence.add(sentence.span());
            }
        }
        if (max == null && !inOrder) {
            return null;
        }
        ApplicationLimitScope scope = global ? ApplicationLimitScope.GLOBAL
                : group ? ApplicationLimitScope.COMPANY_GROUP : ApplicationLimitScope.COMPANY;
        return new ApplicationPolicyRequirement(max, scope, inOrder, evidence);
    }
}
