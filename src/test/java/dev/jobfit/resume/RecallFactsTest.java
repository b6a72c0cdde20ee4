package dev.jobfit.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.resume.ResumeRecallIndex.Facts;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The columns the recall index keeps of a resume sum up its degrees and periods so that a test on them holds
 * whenever the rules' test on some single degree or period would: the right levels, the latest end of a degree
 * in progress (none when one is open), the earliest end, the span of the periods.
 */
class RecallFactsTest {

    private static final YearMonth MAY_2024 = YearMonth.of(2024, 5);
    private static final YearMonth JUNE_2027 = YearMonth.of(2027, 6);
    private static final YearMonth JUNE_2029 = YearMonth.of(2029, 6);

    @Test
    void sumsUpEachDegreeByLevelAndStatus() {
        Facts facts = Facts.of(profile(List.of(
                degree(DegreeLevel.BACHELOR, "Mathematics", EducationStatus.COMPLETED, MAY_2024),
                degree(DegreeLevel.MASTER, "Computer Science", EducationStatus.IN_PROGRESS, JUNE_2027),
                degree(DegreeLevel.PHD, null, EducationStatus.IN_PROGRESS, JUNE_2029),
                degree(null, "Art history", EducationStatus.COMPLETED, null)), List.of(), MAY_2024));

        int bachelor = ResumeRecallIndex.bit(DegreeLevel.BACHELOR);
        int master = ResumeRecallIndex.bit(DegreeLevel.MASTER);
        int phd = ResumeRecallIndex.bit(DegreeLevel.PHD);
        assertThat(facts.degreeLevels()).as("a degree without a level has no bit").isEqualTo(bachelor | master | phd);
        assertThat(facts.pursuingLevels()).isEqualTo(master | phd);
        assertThat(facts.completedLevels()).isEqualTo(bachelor);
        assertThat(facts.pursuingUntil()).isEqualTo(RecallCriteria.number(JUNE_2029));
        assertThat(facts.earliestGraduation()).isEqualTo(RecallCriteria.number(MAY_2024));
        assertThat(facts.undatedDegree()).as("only the degree without a level has no end").isFalse();
        assertThat(facts.unnamedField()).as("the PhD names no field").isTrue();
        assertThat(facts.graduation()).isEqualTo(RecallCriteria.number(MAY_2024));
        assertThat(facts.fields()).isNotEmpty();
    }

    @Test
    void aDegreeInProgressWithoutAnEndLeavesItsLatestEndOpen() {
        Facts facts = Facts.of(profile(List.of(
                degree(DegreeLevel.MASTER, "Physics", EducationStatus.IN_PROGRESS, JUNE_2027),
                degree(DegreeLevel.PHD, "Physics", EducationStatus.IN_PROGRESS, null),
                degree(DegreeLevel.BACHELOR, "Physics", null, null)), List.of(), null));

        assertThat(facts.pursuingUntil()).as("the PhD may run past any month").isNull();
        assertThat(facts.completedLevels()).as("a degree of no stated status is neither").isZero();
        assertThat(facts.pursuingLevels()).isEqualTo(
                ResumeRecallIndex.bit(DegreeLevel.MASTER) | ResumeRecallIndex.bit(DegreeLevel.PHD));
        assertThat(facts.undatedDegree()).isTrue();
        assertThat(facts.unnamedField()).isFalse();
    }

    @Test
    void periodsOfAvailabilityBecomeTheirSpan() {
        Facts spans = Facts.of(profile(List.of(), List.of(
                new Availability(YearMonth.of(2027, 6), YearMonth.of(2027, 8), null),
                new Availability(YearMonth.of(2027, 1), YearMonth.of(2027, 3), null),
                new Availability(null, YearMonth.of(2028, 1), null)), null));
        assertThat(spans.availableFrom()).isEqualTo(RecallCriteria.number(YearMonth.of(2027, 1)));
        assertThat(spans.availableUntil()).isEqualTo(RecallCriteria.number(YearMonth.of(2027, 8)));

        Facts openEnded = Facts.of(profile(List.of(), List.of(
                new Availability(YearMonth.of(2027, 6), YearMonth.of(2027, 8), null),
                new Availability(YearMonth.of(2027, 9), null, null)), null));
        assertThat(openEnded.availableFrom()).isEqualTo(RecallCriteria.number(YearMonth.of(2027, 6)));
        assertThat(openEnded.availableUntil()).as("one period has no end").isNull();

        Facts none = Facts.of(profile(List.of(), List.of(), null));
        assertThat(none.availableFrom()).isNull();
        assertThat(none.degreeLevels()).isZero();
        assertThat(none.earliestGraduation()).isNull();
    }

    private static Education degree(DegreeLevel level, String field, EducationStatus status, YearMonth end) {
        return new Education(level, level == null ? "Certificate" : level.name(), field, "Example University", status,
                null, end, null, null);
    }

    private static ResumeProfile profile(List<Education> education, List<Availability> availability, YearMonth graduation) {
        return new ResumeProfile("test", "", List.of(), null, education, availability, graduation, List.of(), null,
                List.of(), List.of(), List.of(), List.of());
    }
}
