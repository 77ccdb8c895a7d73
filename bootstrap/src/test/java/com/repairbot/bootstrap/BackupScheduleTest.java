package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration SETTLE = Duration.ofMinutes(1);

    @Test
    void the_first_backup_comes_soon_after_start_when_there_is_none_yet() {
        assertThat(BackupSchedule.firstDelay(null, DAY, SETTLE, NOW)).isEqualTo(SETTLE);
    }

    @Test
    void the_next_backup_is_due_one_interval_after_the_newest_so_restarts_do_not_postpone_it() {
        Instant newest = NOW.minus(Duration.ofHours(20));

        assertThat(BackupSchedule.firstDelay(newest, DAY, SETTLE, NOW)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void an_overdue_backup_comes_soon_after_start() {
        Instant newest = NOW.minus(Duration.ofDays(3));

        assertThat(BackupSchedule.firstDelay(newest, DAY, SETTLE, NOW)).isEqualTo(SETTLE);
    }
}
