package com.repairbot.bootstrap;

import com.repairbot.adapter.sqlite.SqliteBackups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online backups while the bot runs ({@code BACKUP_EVERY}, daily by default, keeping {@code BACKUP_KEEP}). The
 * next backup is due one interval after the newest one in the folder, so a bot restarted more often than the
 * interval still backs up on time; when the newest is overdue (or there is none) one is made a minute after
 * start. A failed backup is logged and tried again at the next interval; it never stops the bot.
 */
final class BackupSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    /** Lets start-up settle before the first copy of an overdue backup. */
    static final Duration FIRST_AFTER_AT_LEAST = Duration.ofMinutes(1);

    private final SqliteBackups backups;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("backup").daemon(true).factory());

    private BackupSchedule(SqliteBackups backups) {
        this.backups = backups;
    }

    /** Starts the schedule. */
    static BackupSchedule start(SqliteBackups backups, Duration every, Clock clock) {
        return start(backups, every, FIRST_AFTER_AT_LEAST, clock);
    }

    /** @param settle the least time before the first backup */
    static BackupSchedule start(SqliteBackups backups, Duration every, Duration settle, Clock clock) {
        BackupSchedule schedule = new BackupSchedule(backups);
        Duration first = firstDelay(newest(backups), every, settle, clock.instant());
        schedule.timer.scheduleAtFixedRate(schedule::backUp, first.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("online backups every {}, the next in {}", every, first);
        return schedule;
    }

    /** @return how long to wait for the first backup, given when the newest one was made */
    static Duration firstDelay(Instant newest, Duration every, Duration settle, Instant now) {
        Duration left = newest == null ? Duration.ZERO : Duration.between(now, newest.plus(every));
        return left.compareTo(settle) < 0 ? settle : left;
    }

    private static Instant newest(SqliteBackups backups) {
        try {
            List<Path> existing = backups.list();
            return existing.isEmpty() ? null : Files.getLastModifiedTime(existing.getFirst()).toInstant();
        } catch (IOException | UncheckedIOException unreadable) {
            return null;
        }
    }

    private void backUp() {
        try {
            Path copy = backups.backupNow();
            LOG.info("backup written: {}", copy.toAbsolutePath());
        } catch (RuntimeException failed) {
            LOG.error("backup failed; next attempt at the next interval: {}", failed.getMessage());
        }
    }

    /** Stops the schedule; a backup being written is finished first (bounded). */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("a backup was still being written at shutdown; it is left as a .partial file");
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
