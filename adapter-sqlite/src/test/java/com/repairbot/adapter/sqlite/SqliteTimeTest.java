package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Instants written digit by digit read and compare exactly as the formatter's text did (ADR 0036). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SqliteTimeTest {

    private static final DateTimeFormatter FORMATTER =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn'Z'").withZone(ZoneOffset.UTC);

    @Test
    void the_text_is_the_formatters_and_reads_back_to_the_same_instant() {
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_800L),
                    random.nextInt(1_000_000_000));
            String text = SqliteTime.format(instant);
            assertThat(text).isEqualTo(FORMATTER.format(instant));
            assertThat(SqliteTime.parse(text)).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2026-12-02T13:45:00.5Z",
        "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2024-02-29T12:00:00Z"})
    void instants_at_the_edges_and_texts_of_other_widths_read_as_the_jdk_reads_them(String iso) {
        Instant instant = Instant.parse(iso);

        assertThat(SqliteTime.format(instant)).isEqualTo(FORMATTER.format(instant));
        assertThat(SqliteTime.parse(SqliteTime.format(instant))).isEqualTo(instant);
        assertThat(SqliteTime.parse(iso)).isEqualTo(instant);
    }

    @Test
    void a_fixed_width_text_of_an_impossible_date_is_refused_as_the_jdk_refuses_it() {
        assertThatThrownBy(() -> SqliteTime.parse("2025-02-30T00:00:00.000000000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> SqliteTime.parse("2025-13-01T00:00:00.000000000Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> SqliteTime.parse("2025-0x-01T00:00:00.000000000Z"))
                .isInstanceOf(DateTimeException.class);
    }
}
