package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.sqlite.SqliteBackups;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule on a real SQLite file: an overdue backup is written soon after start, a fresh one waits. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BackupScheduleIT {

    @TempDir
    Path folder;

    @Test
    void a_bot_without_backups_writes_one_soon_after_start_and_a_restart_right_after_does_not_write_another()
            throws Exception {
        try (SqliteDatabase database = SqliteDatabase.open(folder.resolve("repair-bot.db"), 1)) {
            SqliteBackups backups = new SqliteBackups(database, folder.resolve("backups"), 3, Clock.systemUTC());

            try (BackupSchedule schedule = BackupSchedule.start(backups, Duration.ofHours(1), Duration.ofMillis(50),
                    Clock.systemUTC())) {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (backups.list().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                assertThat(backups.list()).hasSize(1);
            }

            try (BackupSchedule restarted = BackupSchedule.start(backups, Duration.ofHours(1), Duration.ofMillis(50),
                    Clock.systemUTC())) {
                Thread.sleep(1000);
                assertThat(backups.list()).as("the newest is an hour from due").hasSize(1);
            }
        }
    }
}
