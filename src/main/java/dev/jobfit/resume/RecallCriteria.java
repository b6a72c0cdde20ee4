package dev.jobfit.resume;

import dev.jobfit.education.DegreeLevel;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * What a posting's hard rules ask of a resume, in the terms of the facts the recall index keeps
 * ({@link ResumeRecallIndex}): the degree, the internship windows and the start deadline. The matching rules
 * themselves decide eligibility; these criteria only let the database sort resumes into the best outcome their
 * facts allow ({@link Outlook}), erring towards the better one, so that a resume the rules would find eligible
 * is never looked for among worse ones.
 *
 * @param degree the required degree, or null when the posting requires none
 * @param windows the internship windows, or empty
 * @param deadline the latest month to start, or null
 */
public record RecallCriteria(Degree degree, List<Window> windows, YearMonth deadline) {

    /** No hard rule the index can check. */
    public static final RecallCriteria NONE = new RecallCriteria(null, List.of(), null);

    public RecallCriteria {
        windows = List.copyOf(windows);
    }

    /** Whether any rule is set: without one every resume may be eligible. */
    public boolean any() {
        return degree != null || !windows.isEmpty() || deadline != null;
    }

    /** The best eligibility a resume's indexed facts allow under these criteria. */
    public enum Outlook {
        /** Every rule the index checks may pass. */
        ELIGIBLE,
        /** None certainly fails, but one certainly does not pass (the resume does not state what it needs). */
        UNKNOWN,
        /** At least one rule certainly fails. */
        INELIGIBLE
    }

    /** Whether a degree must be in progress when the job starts, or completed by then. */
    public enum Status {
        IN_PROGRESS,
        COMPLETED_BY_START
    }

    /**
     * A required degree.
     *
     * @param accepted the levels that count (every level when the posting names none)
     * @param levelRequired whether the posting names levels, so that a degree of another level fails
     * @param status whether the degree must be in progress or completed, or null when either will do
     * @param start the month the job starts, which the status is judged at; null when the posting does not say
     * @param fields the field keys a degree of a field the posting asks for has
     *               ({@link dev.jobfit.education.FieldsOfStudy#keysMatching}); empty when it names no field
     */
    public record Degree(Set<DegreeLevel> accepted, boolean levelRequired, Status status, YearMonth start,
                         Set<String> fields) {
        public Degree {
            accepted = Set.copyOf(accepted);
            fields = Set.copyOf(fields);
        }
    }

    /**
     * An internship window.
     *
     * @param first its first month
     * @param last its last month
     * @param months the fewest months an availability must share with it to possibly cover enough of it
     */
    public record Window(YearMonth first, YearMonth last, int months) {
    }

    /** A month as the index numbers it: {@code year * 12 + month - 1}. */
    public static int number(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
