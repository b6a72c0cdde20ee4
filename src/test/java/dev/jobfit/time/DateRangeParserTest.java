package dev.jobfit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeParserTest {

    private static DateRangeParser.Found only(String text) {
        List<DateRangeParser.Found> found = DateRangeParser.find(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsMonthNameRangeToPresent() {
        DateRangeParser.Found f = only("Data Engineer, Contoso, Jan 2022 - Present");
        assertThat(f.start()).isEqualTo(YearMonth.of(2022, 1));
        assertThat(f.end()).isNull();
        assertThat(f.current()).isTrue();
        assertThat("Data Engineer, Contoso, Jan 2022 - Present".substring(f.from(), f.to())).isEqualTo("Jan 2022 - Present");
    }

    @Test
    void readsYearRangesAsWholeYears() {
        DateRangeParser.Found f = only("BSc, 2019-2021");
        assertThat(f.start()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(f.end()).isEqualTo(YearMonth.of(2021, 12));
        assertThat(f.yearOnly()).isTrue();
    }

    @Test
    void readsNumericMonthRangesWithEnDash() {
        DateRangeParser.Found f = only("03/2020 \u2013 08/2022");
        assertThat(f.start()).isEqualTo(YearMonth.of(2020, 3));
        assertThat(f.end()).isEqualTo(YearMonth.of(2022, 8));
    }

    @Test
    void readsSeasonsAndOpenEndedToDate() {
        DateRangeParser.Found summer = only("Intern, Summer 2024");
        assertThat(summer.start()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(summer.end()).isEqualTo(YearMonth.of(2024, 8));
        DateRangeParser.Found toDate = only("September 2021 to date");
        assertThat(toDate.start()).isEqualTo(YearMonth.of(2021, 9));
        assertThat(toDate.current()).isTrue();
    }

    @Test
    void readsTwoMonthsSharingAYear() {
        DateRangeParser.Found f = only("Available for internship: May - August 2026");
        assertThat(f.start()).isEqualTo(YearMonth.of(2026, 5));
        assertThat(f.end()).isEqualTo(YearMonth.of(2026, 8));
        DateRangeParser.Found winter = only("November to February 2027");
        assertThat(winter.start()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void readsSingleMonthsAndIgnoresImplausibleNumbers() {
        DateRangeParser.Found expected = only("expected May 2027");
        assertThat(expected.start()).isEqualTo(YearMonth.of(2027, 5));
        assertThat(DateRangeParser.find("Raised 1200 dollars, 13/2020")).isEmpty();
    }
}
