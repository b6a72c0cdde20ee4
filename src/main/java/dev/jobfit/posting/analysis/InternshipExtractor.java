package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.Season;
import dev.jobfit.text.Span;
import dev.jobfit.time.DateExpressions;
import dev.jobfit.time.MonthRange;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internship windows and length: "From January to June, or from May to August", "starts in June 2026
 * and lasts 6 months", "at least 3 months", "12 weeks during the Summer of 2026". A window without a
 * year takes the posting's year (its title "2026 Start", or its most frequent year) and says so.
 */
final class InternshipExtractor {

    private static final String M = DateExpressions.MONTH_PATTERN;
    private static final Pattern RANGE = Pattern.compile(
            "(?i)\\b(" + M + ")(?:\\s+(20\\d\\d))?\\s*(?:to|until|till|through|thru|-|\u2013|\u2014)\\s*(" + M + ")(?:,?\\s+(20\\d\\d))?");
    private static final Pattern START_FOR = Pattern.compile(
            "(?i)\\b(?:start(?:s|ing)?|begin(?:s|ning)?|commenc\\w*)\\s+(?:in|on|from)?\\s*(" + M + ")\\s+(20\\d\\d)"
                    + "[^.]{0,60}?\\b(?:for|lasts?|lasting|of)\\s+(\\d{1,2}|\\w+)\\s+months?");
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(20\\d\\d))?\\b");
    private static final Pattern MIN_DURATION = Pattern.compile(
            "(?i)\\b(?:at least|minimum(?: of)?|no less than|min\\.?)\\s+(\\d{1,2}|\\w+)\\s+(weeks?|months?)");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:\\s*(?:-|\u2013|to)\\s*\\d{1,2})?[- ](weeks?|months?)\\b");
    /** A sentence about the internship itself: its windows, cohorts, duration or season. */
    private static final Pattern INTERNSHIP_CONTEXT = Pattern.compile(
            "(?i)\\b(intern(ship)?s?|placements?|co-?ops?|cohorts?|windows?|program(me)?s?|rotations?|duration|runs?|lasts?)\\b");
    /** Dates of something else: graduation, interviews, the application process, working hours. */
    private static final Pattern NOT_A_WINDOW = Pattern.compile(
            "(?i)\\b(graduat\\w*|degree|semester|hours|days a week|per week|interview\\w*|appl(y|ied|ication|ications)"
                    + "|deadline|recruit\\w*|review\\w*|offers?)\\b");

    private InternshipExtractor() {
    }

    static InternshipRequirement extract(PostingContext context, EmploymentType employmentType,
                                         List<PostingAnalysis.Warning> warnings) {
        if (employmentType != EmploymentType.INTERNSHIP) {
            return null;
        }
        List<MonthRange> windows = new ArrayList<>();
        List<Span> evidence = new ArrayList<>();
        Integer minimumWeeks = null;
        Season season = null;
        Integer year = null;
        boolean yearInferred = false;
        for (PostingContext.Sentence sentence : context.sentences) {
            String s = sentence.text();
            if (!INTERNSHIP_CONTEXT.matcher(s).find() || NOT_A_WINDOW.matcher(s).find()) {
                continue;
            }
            boolean used = false;
            Matcher start = START_FOR.matcher(s);
            if (start.find()) {
                YearMonth first = YearMonth.of(Integer.parseInt(start.group(2)), month(start.group(1)));
                int months = DateExpressions.number(start.group(3)).orElse(0);
                if (months > 0) {
                    windows.add(new MonthRange(first, first.plusMonths(months - 1)));
                    minimumWeeks = minimumWeeks == null ? weeks(months, "months") : minimumWeeks;
                    year = first.getYear();
                    used = true;
                }
            }
            Matcher range = RANGE.matcher(s);
            while (range.find()) {
                Month from = month(range.group(1));
                Month to = month(range.group(3));
                Integer fromYear = range.group(2) != null ? Integer.valueOf(range.group(2)) : null;
                Integer toYear = range.group(4) != null ? Integer.valueOf(range.group(4)) : null;
                Integer known = fromYear != null ? fromYear : toYear;
                if (known == null) {
                    known = context.contextYear;
                    yearInferred = known != null;
                }
                if (known == null) {
                    continue;
                }
                YearMonth first = YearMonth.of(fromYear != null ? fromYear : (toYear != null && to.compareTo(from) < 0 ? toYear - 1 : known), from);
                YearMonth last = YearMonth.of(toYear != null ? toYear : first.getYear() + (to.compareTo(from) < 0 ? 1 : 0), to);
                MonthRange window = new MonthRange(first, last);
                if (!windows.contains(window)) {
                    windows.add(window);
                }
                year = year == null ? first.getYear() : year;
                used = true;
            }
            Matcher seasonMatch = SEASON.matcher(s);
            if (seasonMatch.find() && s.toLowerCase(Locale.ROOT).matches(".*\\b(intern|internship|program|during|weeks|months)\\b.*")) {
                season = season(seasonMatch.group(1));
                if (seasonMatch.group(2) != null) {
                    year = Integer.parseInt(seasonMatch.group(2));
                } else if (year == null && context.contextYear != null) {
                    year = context.contextYear;
                    yearInferred = true;
                }
                used = true;
            }
            Matcher min = MIN_DURATION.matcher(s);
            if (min.find()) {
                minimumWeeks = weeks(DateExpressions.number(min.group(1)).orElse(0), min.group(2));
                used = true;
            } else if (minimumWeeks == null) {
                Matcher duration = DURATION.matcher(s);
                if (duration.find() && s.toLowerCase(Locale.ROOT).matches(".*\\b(intern|internship|program|duration|during|lasts?|summer)\\b.*")) {
                    minimumWeeks = weeks(Integer.parseInt(duration.group(1)), duration.group(2));
                    used = true;
                }
            }
            if (used) {
                evidence.add(sentence.span());
            }
        }
        if (windows.isEmpty() && minimumWeeks == null && season == null) {
            return null;
        }
        if (year == null && !windows.isEmpty()) {
            year = windows.get(0).start().getYear();
        }
        if (yearInferred) {
            warnings.add(new PostingAnalysis.Warning("YEAR_INFERRED",
                    "The internship year is not stated next to the dates; " + year
                            + " is taken from the posting's title or text.", evidence.isEmpty() ? null : evidence.get(0)));
        }
        return new InternshipRequirement(List.copyOf(windows), minimumWeeks, season, year, yearInferred, evidence);
    }

    private static Month month(String word) {
        return DateExpressions.month(word).orElseThrow();
    }

    /** Weeks in a duration; a month counts 52/12 weeks, rounded up ("3 months" is 13 weeks). */
    static int weeks(int amount, String unit) {
        return unit.toLowerCase(Locale.ROOT).startsWith("month") ? (int) Math.ceil(amount * 52.0 / 12.0) : amount;
    }

    private static Season season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> Season.SPRING;
            case "summer" -> Season.SUMMER;
            case "autumn", "fall" -> Season.AUTUMN;
            default -> Season.WINTER;
        };
    }
}
