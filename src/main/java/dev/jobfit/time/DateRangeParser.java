package dev.jobfit.time;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as resumes write them: "Jan 2022 - Present", "2019-2021", "03/2020 – 08/2022", "Summer 2024",
 * "September 2021 to date", "2023 - present", "May - August 2026", "May 2025". Every found period has its
 * character offsets.
 */
public final class DateRangeParser {

    /** A period found in text. {@code end} is null for an open period ("present"); {@code current} says so. */
    public record Found(YearMonth start, YearMonth end, boolean current, boolean yearOnly, int from, int to) {
    }

    private static final String M = DateExpressions.MONTH_PATTERN;
    private static final String POINT = "(?:(" + M + ")\\.?\\s+(\\d{4})|(\\d{1,2})/(\\d{4})|(\\d{4})-(\\d{2})(?!\\d)|(\\d{4}))";
    private static final String DASH = "\\s*(?:-|\u2013|\u2014|to|until|through|till)\\s*";
    private static final String OPEN = "(present|current|now|to date|date|today|ongoing)";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\w/])" + POINT + DASH + "(?:" + POINT + "|" + OPEN + ")(?![\\w/])");
    /** "May - August 2026": two months sharing the year written after the second. */
    private static final Pattern SHARED_YEAR = Pattern.compile("(?i)(?<![\\w/])(" + M + ")\\.?" + DASH + "(" + M + ")\\.?,?\\s+(\\d{4})(?![\\w/])");
    private static final Pattern SEASON = Pattern.compile("(?i)\\b(spring|summer|fall|autumn|winter)\\s+(\\d{4})\\b");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\w/])" + POINT + "(?![\\w/])");

    private DateRangeParser() {
    }

    /** Every period in the text, in text order; single months and years count as one-point periods. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        Matcher shared = SHARED_YEAR.matcher(text);
        while (shared.find()) {
            Month first = DateExpressions.month(shared.group(1)).orElseThrow();
            Month last = DateExpressions.month(shared.group(2)).orElseThrow();
            int year = Integer.parseInt(shared.group(3));
            if (plausible(year)) {
                YearMonth start = YearMonth.of(last.compareTo(first) < 0 ? year - 1 : year, first);
                found.add(new Found(start, YearMonth.of(year, last), false, false, shared.start(), shared.end()));
                mark(used, shared.start(), shared.end());
            }
        }
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            if (used[range.start()]) {
                continue;
            }
            Optional<Point> start = point(range, 1);
            if (start.isEmpty()) {
                continue;
            }
            Optional<Point> end = range.group(15) != null ? Optional.empty() : point(range, 8);
            if (range.group(15) == null && end.isEmpty()) {
                continue;
            }
            YearMonth first = start.get().first();
            YearMonth last = end.map(Point::last).orElse(null);
            if (last != null && last.isBefore(first)) {
                continue;
            }
            found.add(new Found(first, last, range.group(15) != null, start.get().yearOnly, range.start(), range.end()));
            mark(used, range.start(), range.end());
        }
        Matcher season = SEASON.matcher(text);
        while (season.find()) {
            if (!used[season.start()]) {
                int year = Integer.parseInt(season.group(2));
                int[] months = seasonMonths(season.group(1));
                found.add(new Found(YearMonth.of(year, months[0]), YearMonth.of(year, months[1]), false, false,
                        season.start(), season.end()));
                mark(used, season.start(), season.end());
            }
        }
        Matcher single = SINGLE.matcher(text);
        while (single.find()) {
            if (!used[single.start()]) {
                point(single, 1).filter(p -> plausible(p.first().getYear())).ifPresent(p ->
                        found.add(new Found(p.first(), p.last(), false, p.yearOnly, single.start(), single.end())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.from(), b.from()));
        return found;
    }

    private record Point(YearMonth first, YearMonth last, boolean yearOnly) {
    }

    /** The point in groups {@code g..g+6}: month-name year, mm/yyyy, yyyy-mm, or a year alone. */
    private static Optional<Point> point(Matcher m, int g) {
        try {
            if (m.group(g) != null) {
                Month month = DateExpressions.month(m.group(g)).orElseThrow();
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(g + 1)), month);
                return plausible(ym.getYear()) ? Optional.of(new Point(ym, ym, false)) : Optional.empty();
            }
            if (m.group(g + 2) != null) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(g + 3)), Integer.parseInt(m.group(g + 2)));
                return plausible(ym.getYear()) ? Optional.of(new Point(ym, ym, false)) : Optional.empty();
            }
            if (m.group(g + 4) != null) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(g + 4)), Integer.parseInt(m.group(g + 5)));
                return plausible(ym.getYear()) ? Optional.of(new Point(ym, ym, false)) : Optional.empty();
            }
            int year = Integer.parseInt(m.group(g + 6));
            return plausible(year) ? Optional.of(new Point(YearMonth.of(year, 1), YearMonth.of(year, 12), true)) : Optional.empty();
        } catch (java.time.DateTimeException | java.util.NoSuchElementException e) {
            return Optional.empty(); // "13/2020" is not a month
        }
    }

    private static boolean plausible(int year) {
        return year >= 1950 && year <= 2100;
    }

    private static int[] seasonMonths(String season) {
        return switch (season.toLowerCase(java.util.Locale.ROOT)) {
            case "spring" -> new int[] {3, 5};
            case "summer" -> new int[] {6, 8};
            case "fall", "autumn" -> new int[] {9, 11};
            default -> new int[] {12, 12};
        };
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }
}
