package com.repairbot.bootstrap;

import com.repairbot.adapter.postgres.PostgresDatabase;
import com.repairbot.adapter.postgres.PostgresImport;
import com.repairbot.adapter.postgres.PostgresLocation;
import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteExport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code repair-bot migrate-data --to postgresql://…}: copies everything in the SQLite file into an empty
 * PostgreSQL database. The file is read in one transaction (one consistent snapshot, even while a bot writes
 * to it), the target is written in one transaction (all or nothing) and refused when it holds any data.
 * Afterwards each table is read back and compared with what was read: the row count and a checksum (SHA-256
 * over the sorted digests of the rows, each row's columns and values in a canonical text). Ids, request numbers,
 * history, audit and the outbox's pending notifications (with their attempts and due times) are kept.
 */
final class DataMigration {

    /** What was copied and checked, per table. */
    record TableCheck(String table, long rows, String checksum, boolean matches) {
    }

    private DataMigration() {
    }

    /** @return the exit status: 0 copied and verified, 1 refused or different, 2 wrong arguments */
    static int run(Configuration config, String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length != 3 || !args[1].equals("--to")) {
            err.println("repair-bot: migrate-data needs the target: repair-bot migrate-data --to"
                    + " postgresql://user:password@host:5432/db (an empty database; the password may also come from"
                    + " DATABASE_PASSWORD_FILE)");
            return 2;
        }
        PostgresLocation target;
        try {
            target = PostgresLocation.parse(args[2], Configuration.value(env, "DATABASE_PASSWORD_FILE")
                    .map(DataMigration::read));
        } catch (IllegalArgumentException e) {
            err.println("repair-bot: migrate-data --to: " + e.getMessage());
            return 2;
        }
        Path file = config.databasePath();
        if (!Files.exists(file)) {
            err.println("repair-bot: migrate-data: there is no SQLite file at " + file.toAbsolutePath()
                    + " (DATABASE_PATH)");
            return 2;
        }
        try (SqliteDatabase source = SqliteDatabase.open(file, 1);
             PostgresDatabase destination = PostgresDatabase.open(target, 2)) {
            Map<String, Long> found = PostgresImport.nonEmptyTables(destination);
            if (!found.isEmpty()) {
                err.println("repair-bot: migrate-data: PostgreSQL " + target.describe() + " is not empty (" + found
                        + "); nothing was copied. Give it an empty database.");
                return 1;
            }
            out.println("copying SQLite " + file.toAbsolutePath() + " into PostgreSQL " + target.describe());
            List<TableCheck> checks = copy(source, destination);
            checks.forEach(check -> out.println(check.table() + ": " + check.rows() + " rows, sha256 "
                    + check.checksum().substring(0, 16) + (check.matches() ? " - same in PostgreSQL"
                    : " - DIFFERENT in PostgreSQL")));
            if (checks.stream().anyMatch(check -> !check.matches())) {
                err.println("repair-bot: migrate-data: the copy differs from the file (see above); keep using"
                        + " the SQLite file and report this");
                return 1;
            }
            out.println("request numbers continue at #" + PostgresImport.nextRequestNumber(destination));
            out.println("done: stop the bot, set DATABASE_URL to this database and start it again");
            return 0;
        }
    }

    /** Copies every table in one snapshot and one transaction, then reads each back to compare. */
    static List<TableCheck> copy(SqliteDatabase source, PostgresDatabase destination) {
        Map<String, Digest> read = new LinkedHashMap<>();
        SqliteExport.inSnapshot(source, snapshot -> {
            PostgresImport.into(destination, load -> {
                for (String table : SqliteExport.TABLES) {
                    Digest digest = new Digest();
                    try (PostgresImport.Sink sink = load.table(table)) {
                        snapshot.rows(table, row -> {
                            digest.add(row);
                            sink.accept(row);
                        });
                    }
                    read.put(table, digest);
                }
                load.requestNumbersAfter(snapshot.lastRequestNumber());
            });
            return null;
        });
        List<TableCheck> checks = new ArrayList<>();
        read.forEach((table, expected) -> {
            Digest copied = new Digest();
            PostgresImport.rows(destination, table, copied::add);
            checks.add(new TableCheck(table, expected.rows, expected.hex(),
                    expected.rows == copied.rows && expected.hex().equals(copied.hex())));
        });
        return checks;
    }

    /** Row count and an order-independent SHA-256 of a table's rows. */
    static final class Digest {

        private final List<String> rowDigests = new ArrayList<>();
        private long rows;

        void add(Map<String, Object> row) {
            StringBuilder text = new StringBuilder();
            new TreeMap<>(row).forEach((column, value) -> text.append(column).append('=')
                    .append(value == null ? "NULL" : value.getClass().getSimpleName() + ":" + value).append('\n'));
            rowDigests.add(sha256(text.toString()));
            rows++;
        }

        String hex() {
            List<String> sorted = new ArrayList<>(rowDigests);
            sorted.sort(null);
            return sha256(String.join("", sorted));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("DATABASE_PASSWORD_FILE: cannot read " + file);
        }
    }
}
