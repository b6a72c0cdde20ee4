package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.StartDeadline;
import dev.jobfit.time.DateExpressions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest start or onboarding date: "commit to an onboarding date by end of year 2026", "start date
 * no later than March 1, 2027", "must be able to start before June 2026".
 */
final class StartDeadlineExtractor {

    private static final String M = DateExpressions.MONTH_PATTERN;
    private static final Pattern START_VERB = Pattern.compile(
            "(?i)\\b(onboard\\w*|start\\w*|join\\w*|commenc\\w*|begin\\w*|available to start)\\b");
    private static final Pattern END_OF_YEAR = Pattern.compile(
            "(?i)\\b(?:by|before|no later than|until)\\s+(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:year\\s+|calendar year\\s+)?(20\\d\\d)");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?i)\\b(?:by|before|no later than|latest(?: by)?|until)\\s+((?:" + M + ")\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+20\\d\\d"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:" + M + ")\\s+20\\d\\d|20\\d\\d-\\d\\d-\\d\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(by|before|no later than|latest(?: by)?|until)\\s+(?:the\\s+end\\s+of\\s+)?(" + M + ")\\s+(20\\d\\d)");

    private StartDeadlineExtractor() {
    }

    static StartDeadline extract(PostingContext context) {
        for (PostingContext.Sentence sentence : context.sentences) {
            String s = sentence.text();
            if (!START_VERB.matcher(s).find() || s.toLowerCase().contains("graduat")) {
                continue;
            }
            Matcher endOfYear = END_OF_YEAR.matcher(s);
            if (endOfYear.find()) {
                return new StartDeadline(LocalDate.of(Integer.parseInt(endOfYear.group(1)), 12, 31), sentence.span());
            }
            Matcher full = FULL_DATE.matcher(s);
            if (full.find()) {
                var date = DateExpressions.date(full.group(1));
                if (date.isPresent()) {
                    return new StartDeadline(date.get(), sentence.span());
                }
            }
            Matcher monthYear = MONTH_YEAR.matcher(s);
            if (monthYear.find()) {
                YearMonth month = YearMonth.of(Integer.parseInt(monthYear.group(3)),
                        DateExpressions.month(monthYear.group(2)).orElseThrow());
                // "before June 2026" ends with May; "by June 2026" includes June.
                LocalDate date = monthYear.group(1).equalsIgnoreCase("before")
                        ? month.atDay(1).minusDays(1) : month.atEndOfMonth();
                return new StartDeadline(date, sentence.span());
            }
        }
        return null;
    }
}
