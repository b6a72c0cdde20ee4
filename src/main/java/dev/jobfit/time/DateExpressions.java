package dev.jobfit.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * English month names and calendar dates as postings and resumes write them, parsed with java.time.
 */
public final class DateExpressions {

    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month month : Month.values()) {
            MONTHS.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
            MONTHS.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    /** A regex alternation of every month name and abbreviation (longest first), for use in patterns. */
    public static final String MONTH_PATTERN = MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length())
            .collect(Collectors.joining("|", "(?:", ")\\.?"));

    private static final List<DateTimeFormatter> DATE_FORMATS = Stream.of(
                    "MMMM d uuuu", "MMM d uuuu", "d MMMM uuuu", "d MMM uuuu", "uuuu-MM-dd", "MM/dd/uuuu", "dd.MM.uuuu")
            .map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH))
            .toList();

    private DateExpressions() {
    }

    /** The month named by a word such as "Sept", "september" or "Sep.". */
    public static Optional<Month> month(String word) {
        return Optional.ofNullable(MONTHS.get(word.toLowerCase(Locale.ROOT).replace(".", "").strip()));
    }

    /** A calendar date such as "March 1, 2027", "1 March 2027", "Mar. 1st 2027" or "2027-03-01". */
    public static Optional<LocalDate> date(String text) {
        String cleaned = text.strip().replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1").replace(",", " ")
                .replace(".", " ").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Number words used in requirements ("two positions", "three months"). */
    public static Optional<Integer> number(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (w.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(w));
        }
        List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve");
        int index = words.indexOf(w);
        return index >= 0 ? Optional.of(index) : Optional.empty();
    }
}
