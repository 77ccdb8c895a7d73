package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.domain.request.Status;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScheduleConfigurationTest {

    @Test
    void without_variables_the_schedule_is_the_specs() {
        assertThat(ScheduleConfiguration.from(Map.of())).isEqualTo(ScheduleSettings.defaults());
    }

    @Test
    void every_threshold_and_time_can_be_set() {
        ScheduleSettings s = ScheduleConfiguration.from(Map.of(
                "OVERDUE_AFTER", "new=90m, ONSITE=1d",
                "OVERDUE_CHECK_EVERY", "10m",
                "REMIND_AFTER", "20m",
                "VISIT_REMIND_BEFORE", "3h",
                "DAILY_REPORT_AT", "7:30",
                "WEEKLY_REPORT_AT", "fri 18:00",
                "MONTHLY_REPORT_AT", "28 09:15"));

        assertThat(s.overdue()).containsEntry(Status.NEW, Duration.ofMinutes(90))
                .containsEntry(Status.ASSIGNED, Duration.ofHours(4))
                .containsEntry(Status.ONSITE, Duration.ofDays(1));
        assertThat(s.overdueCheck()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.remindAccept()).isEqualTo(Duration.ofMinutes(20));
        assertThat(s.remindAssign()).isEqualTo(Duration.ofMinutes(20));
        assertThat(s.visitAhead()).isEqualTo(Duration.ofHours(3));
        assertThat(s.daily()).isEqualTo(LocalTime.of(7, 30));
        assertThat(s.weeklyDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(s.weekly()).isEqualTo(LocalTime.of(18, 0));
        assertThat(s.monthlyDay()).isEqualTo(28);
        assertThat(s.monthly()).isEqualTo(LocalTime.of(9, 15));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "OVERDUE_AFTER|NEW=2x|OVERDUE_AFTER: \"2x\" is not a duration",
            "OVERDUE_AFTER|CLOSED=2h|OVERDUE_AFTER: \"CLOSED=2h\" is not STATUS=duration",
            "OVERDUE_AFTER|NEW|OVERDUE_AFTER: \"NEW\" is not STATUS=duration",
            "OVERDUE_CHECK_EVERY|0m|OVERDUE_CHECK_EVERY: \"0m\" is not a duration",
            "REMIND_AFTER|15|REMIND_AFTER: \"15\" is not a duration",
            "DAILY_REPORT_AT|25:00|DAILY_REPORT_AT: \"25:00\" is not a time of day",
            "WEEKLY_REPORT_AT|someday 09:00|WEEKLY_REPORT_AT: \"someday 09:00\" is not a day and a time",
            "WEEKLY_REPORT_AT|MON|WEEKLY_REPORT_AT: \"\" is not a time of day",
            "MONTHLY_REPORT_AT|31 10:00|MONTHLY_REPORT_AT: \"31 10:00\" is not a day 1-28 and a time"})
    void a_bad_value_is_named_in_one_line(String name, String value, String message) {
        assertThatThrownBy(() -> ScheduleConfiguration.from(Map.of(name, value)))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith(message);
    }

    @Test
    void a_bad_schedule_variable_stops_the_bot_before_anything_starts() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[]{"console"}, Map.of("REMIND_AFTER", "soon"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("repair-bot: REMIND_AFTER: \"soon\" is not a duration (e.g. 30m, 2h, 1d)\n");
    }
}
