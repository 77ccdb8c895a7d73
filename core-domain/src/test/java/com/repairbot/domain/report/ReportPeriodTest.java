package com.repairbot.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.report.ReportPeriod.Kind;
import com.repairbot.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportPeriodTest {

    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 11);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @ParameterizedTest(name = "{0} on 11.03.2026 is {1} .. {2}")
    @CsvSource({
            "TODAY, 2026-03-11, 2026-03-11",
            "YESTERDAY, 2026-03-10, 2026-03-10",
            "WEEK, 2026-03-09, 2026-03-11",
            "MONTH, 2026-03-01, 2026-03-11",
            "PREVIOUS_WEEK, 2026-03-02, 2026-03-08",
            "PREVIOUS_MONTH, 2026-02-01, 2026-02-28"})
    void each_kind_covers_its_calendar_days(Kind kind, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportPeriod.of(kind, TODAY);

        assertThat(period.first()).isEqualTo(first);
        assertThat(period.last()).isEqualTo(last);
    }

    @Test
    void a_period_is_whole_days_in_the_business_time_zone() {
        ReportPeriod day = ReportPeriod.of(Kind.TODAY, TODAY);

        assertThat(day.start(MOSCOW)).isEqualTo(Instant.parse("2026-03-10T21:00:00Z"));
        assertThat(day.end(MOSCOW)).isEqualTo(Instant.parse("2026-03-11T21:00:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1} .. {2}")
    @CsvSource({
            "today, 2026-03-11, 2026-03-11",
            "'  Вчера ', 2026-03-10, 2026-03-10",
            "неделя, 2026-03-09, 2026-03-11",
            "month, 2026-03-01, 2026-03-11",
            "prevweek, 2026-03-02, 2026-03-08",
            "'Прошлая неделя', 2026-03-02, 2026-03-08",
            "prevmonth, 2026-02-01, 2026-02-28",
            "'прошлый месяц', 2026-02-01, 2026-02-28",
            "05.03.2026, 2026-03-05, 2026-03-05",
            "01.02.2026-05.03.2026, 2026-02-01, 2026-03-05",
            "'01.02.2026 – 05.03.2026', 2026-02-01, 2026-03-05"})
    void typed_periods_are_read(String typed, LocalDate first, LocalDate last) {
        ReportPeriod period = ReportPeriod.parse(typed, TODAY);

        assertThat(period.first()).isEqualTo(first);
        assertThat(period.last()).isEqualTo(last);
    }

    @Test
    void the_code_of_a_period_reads_back_as_the_same_days() {
        ReportPeriod period = ReportPeriod.of(Kind.PREVIOUS_MONTH, TODAY);

        assertThat(ReportPeriod.parse(period.code(), TODAY))
                .isEqualTo(ReportPeriod.between(period.first(), period.last()));
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource({
            "last year, period.invalid",
            "31.02.2026, period.date_invalid",
            "05.03.2026-01.03.2026, period.reversed",
            "01.01.2000-01.01.2026, period.too_long",
            "1.2.26, period.date_invalid"})
    void nonsense_is_refused_with_a_reason(String typed, String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(typed, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
