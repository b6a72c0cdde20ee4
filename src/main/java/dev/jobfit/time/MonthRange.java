package dev.jobfit.time;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A range of whole months, both ends included: "January to June 2026" is 2026-01..2026-06. The one
 * date-range type for internship windows, availability and education periods.
 *
 * @param start the first month
 * @param end the last month, included
 */
@Schema(name = "MonthRange", description = "Months from start to end, both included (ISO-8601 year-month).")
public record MonthRange(
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "year-month", example = "2026-05") YearMonth start,
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "year-month", example = "2026-08") YearMonth end) {

    public MonthRange {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("invalid month range " + start + ".." + end);
        }
    }

    /** Length in months, both ends included. */
    public long months() {
        return ChronoUnit.MONTHS.between(start, end) + 1;
    }

    /** Approximate length in weeks (a month counts 52/12 weeks). */
    public double weeks() {
        return months() * 52.0 / 12.0;
    }

    public boolean contains(MonthRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** Days both ranges cover, counting whole months from their first to their last day. */
    public long daysOverlapping(MonthRange other) {
        YearMonth from = start.isAfter(other.start) ? start : other.start;
        YearMonth to = end.isBefore(other.end) ? end : other.end;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from.atDay(1), to.atEndOfMonth()) + 1;
    }

    public boolean overlaps(MonthRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }
}
