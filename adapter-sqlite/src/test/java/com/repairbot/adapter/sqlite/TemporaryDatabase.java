package com.repairbot.adapter.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real database files in temporary folders for tests: {@link #open()} makes a fresh one, {@link #closeAll()}
 * closes them and deletes their folders.
 */
final class TemporaryDatabase {

    private final List<SqliteDatabase> opened = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();

    SqliteDatabase open() {
        try {
            Path folder = Files.createTempDirectory("repair-bot-sqlite-");
            folders.add(folder);
            SqliteDatabase database = SqliteDatabase.open(folder.resolve("data").resolve("repair-bot.db"), 4);
            opened.add(database);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a second connection stack (writer, readers) on the same file, as a second process would open */
    SqliteDatabase openAgain(SqliteDatabase database) {
        SqliteDatabase again = SqliteDatabase.open(database.file(), 4);
        opened.add(again);
        return again;
    }

    void closeAll() {
        opened.forEach(SqliteDatabase::close);
        opened.clear();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        folders.clear();
    }
}
