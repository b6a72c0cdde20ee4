package dev.jobfit.matching;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Experience;
import dev.jobfit.time.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How matches put dates, degrees and roles into words. English only, like the rest of the product. */
public final class Wording {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_ONLY = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Wording() {
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "May to August 2027", "December 2026 to March 2027". */
    public static String range(MonthRange range) {
        return range(range.start(), range.end());
    }

    public static String range(YearMonth start, YearMonth end) {
        if (end == null) {
            return "from " + month(start);
        }
        if (start.equals(end)) {
            return month(start);
        }
        return (start.getYear() == end.getYear() ? MONTH_ONLY.format(start) : month(start)) + " to " + month(end);
    }

    public static String availability(Availability a) {
        return range(a.start(), a.end());
    }

    /** "January to June 2027 or May to August 2027". */
    public static String ranges(List<MonthRange> ranges) {
        return or(ranges.stream().map(Wording::range).toList());
    }

    /** "a PhD", "a Master's or Bachelor's degree". */
    public static String degrees(Collection<DegreeLevel> levels) {
        List<String> names = levels.stream().sorted(Comparator.reverseOrder()).map(Wording::degree).toList();
        String joined = or(names);
        boolean phdOnly = levels.size() == 1 && levels.contains(DegreeLevel.PHD);
        return (joined.startsWith("A") ? "an " : "a ") + joined + (phdOnly ? "" : " degree");
    }

    public static String degree(DegreeLevel level) {
        return switch (level) {
            case ASSOCIATE -> "Associate";
            case BACHELOR -> "Bachelor's";
            case MASTER -> "Master's";
            case PHD -> "PhD";
            case OTHER -> "other";
        };
    }

    /** "the Research Assistant role (2024 to 2025)". */
    public static String role(Experience e) {
        String name = e.title() != null ? e.title() : e.organization() != null ? e.organization() : "dated";
        String period = e.start() == null ? "" : " (" + e.start().getYear() + (e.current() ? " to present"
                : e.end() != null && e.end().getYear() != e.start().getYear() ? " to " + e.end().getYear() : "") + ")";
        return "the " + name + " role" + period;
    }

    public static String or(List<String> items) {
        return join(items, " or ");
    }

    public static String and(List<String> items) {
        return join(items, " and ");
    }

    private static String join(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }

    public static String weeks(double weeks) {
        long whole = (long) Math.floor(weeks + 1e-9);
        return whole + (whole == 1 ? " week" : " weeks");
    }
}
