package com.repairbot.domain.request;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VisitTimeParserTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Tuesday 24 November 2026, 12:30 in Moscow. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 12, 30, 0, 0, MOSCOW);

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            завтра 10:00              | 2026-11-25T10:00
            Завтра 10:00              | 2026-11-25T10:00
            tomorrow 10:00            | 2026-11-25T10:00
            tomorrow at 10:00         | 2026-11-25T10:00
            завтра в 9:05             | 2026-11-25T09:05
            сегодня в 18:30           | 2026-11-24T18:30
            today 18:30               | 2026-11-24T18:30
            послезавтра 9:00          | 2026-11-26T09:00
            day after tomorrow 9:00   | 2026-11-26T09:00
            25.11 14:00               | 2026-11-25T14:00
            1.12 8:00                 | 2026-12-01T08:00
            25.11.2027 14:00          | 2027-11-25T14:00
            2026-11-25 14:00          | 2026-11-25T14:00
            '  завтра    10:00  '     | 2026-11-25T10:00
            """)
    void reads_the_times_dispatchers_type(String text, LocalDateTime expected) {
        ScheduledVisit visit = VisitTimeParser.parse(text, NOW);

        assertThat(visit.at()).contains(expected);
        assertThat(visit.text()).isEqualTo(text.strip());
    }

    @Test
    void a_bare_time_still_ahead_today_means_today() {
        assertThat(VisitTimeParser.parse("14:00", NOW).at()).contains(LocalDateTime.of(2026, 11, 24, 14, 0));
        assertThat(VisitTimeParser.parse("в 14:00", NOW).at()).contains(LocalDateTime.of(2026, 11, 24, 14, 0));
    }

    @Test
    void a_bare_time_already_passed_today_means_tomorrow() {
        assertThat(VisitTimeParser.parse("10:00", NOW).at()).contains(LocalDateTime.of(2026, 11, 25, 10, 0));
        assertThat(VisitTimeParser.parse("12:30", NOW).at()).contains(LocalDateTime.of(2026, 11, 25, 12, 30));
    }

    @Test
    void a_date_in_january_typed_in_december_means_next_year() {
        ZonedDateTime december = ZonedDateTime.of(2026, 12, 28, 15, 0, 0, 0, MOSCOW);

        assertThat(VisitTimeParser.parse("25.01 10:00", december).at())
                .contains(LocalDateTime.of(2027, 1, 25, 10, 0));
    }

    @Test
    void a_date_of_yesterday_is_kept_in_this_year() {
        // most likely a slip, shown back to the dispatcher, rather than a visit a year from now
        assertThat(VisitTimeParser.parse("23.11 10:00", NOW).at()).contains(LocalDateTime.of(2026, 11, 23, 10, 0));
        assertThat(VisitTimeParser.parse("22.11 10:00", NOW).at()).contains(LocalDateTime.of(2027, 11, 22, 10, 0));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"когда удобно", "после обеда", "10:00 завтра", "в пятницу 10:00", "завтра",
            "25.11", "на следующей неделе 10:00", "10-00"})
    void keeps_what_it_cannot_read_as_text_only(String text) {
        ScheduledVisit visit = VisitTimeParser.parse(text, NOW);

        assertThat(visit.text()).isEqualTo(text);
        assertThat(visit.at()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"32.13 10:00", "31.11 10:00", "30.02.2027 10:00", "2026-13-01 10:00", "завтра 25:00",
            "завтра 10:61", "29.02 10:00"})
    void reads_no_date_time_from_an_impossible_date_or_time(String text) {
        ScheduledVisit visit = VisitTimeParser.parse(text, NOW);

        assertThat(visit.text()).isEqualTo(text);
        assertThat(visit.at()).isEmpty();
    }

    @Test
    void refuses_no_text_at_all() {
        assertRefused(() -> VisitTimeParser.parse(null, NOW), "visit.length", 1, 200);
        assertRefused(() -> VisitTimeParser.parse("   ", NOW), "visit.length", 1, 200);
    }
}
