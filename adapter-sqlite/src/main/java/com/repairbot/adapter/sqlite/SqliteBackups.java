package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Online backups of the running database.
 *
 * <p>{@link #backupNow()} writes {@code repair-bot-<yyyyMMdd-HHmmss>.db} (UTC) into the backup folder with
 * {@code VACUUM INTO} on a read-only connection: a consistent snapshot, taken while the writer goes on. The copy
 * is written under a temporary name and then renamed, so a file with a backup's name is always complete; the
 * oldest backups beyond {@code keep} are deleted (only files named like a backup are ever touched).
 *
 * <p>To put one back, with the bot stopped: {@link SqliteRestore}.
 */
public final class SqliteBackups {

    /** Names backups and the files a restore moves aside, in UTC. */
    static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** {@code repair-bot-20261123-090000.db}, or {@code repair-bot-20261123-090000-2.db} for a second one. */
    private static final Pattern NAME = Pattern.compile("repair-bot-(\\d{8}-\\d{6})(?:-(\\d{1,9}))?\\.db");
    private static final Comparator<Path> NEWEST_FIRST = Comparator
            .comparing((Path path) -> nameParts(path).group(1))
            .thenComparingInt(path -> suffix(nameParts(path)))
            .reversed();

    private final SqliteDatabase database;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    /**
     * @param database the running database
     * @param folder   where backups go (created when missing)
     * @param keep     how many backups to keep, at least 1
     * @param clock    names the backups
     */
    public SqliteBackups(SqliteDatabase database, Path folder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, not " + keep);
        }
        this.database = Objects.requireNonNull(database, "database");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.keep = keep;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes a consistent copy of the running database, then deletes the oldest copies beyond {@code keep}.
     *
     * @return the new backup
     * @throws StoreUnavailableException when the copy cannot be written
     */
    public synchronized Path backupNow() {
        Path partial = null;
        try {
            Files.createDirectories(folder);
            Path target = freeName(STAMP.format(clock.instant()));
            // an empty file is a valid target for VACUUM INTO; the suffix keeps it out of the name pattern
            partial = Files.createTempFile(folder, target.getFileName() + ".", ".partial");
            database.backupTo(partial);
            DurableFiles.force(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            DurableFiles.forceFolder(folder);
            prune();
            return target;
        } catch (IOException | RuntimeException e) {
            DurableFiles.deleteQuietly(partial);
            throw new StoreUnavailableException("cannot write a backup into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** @return the backups in the folder, newest first (empty when the folder does not exist) */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> NAME.matcher(path.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted(NEWEST_FIRST)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
    }

    private Path freeName(String stamp) {
        Path candidate = folder.resolve("repair-bot-" + stamp + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve("repair-bot-" + stamp + "-" + n + ".db");
        }
        return candidate;
    }

    private void prune() throws IOException {
        List<Path> backups = list();
        for (Path old : backups.subList(Math.min(keep, backups.size()), backups.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static Matcher nameParts(Path path) {
        Matcher matcher = NAME.matcher(path.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(path + " is not named like a backup");
        }
        return matcher;
    }

    private static int suffix(Matcher name) {
        return name.group(2) == null ? 1 : Integer.parseInt(name.group(2));
    }
}
