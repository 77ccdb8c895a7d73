package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect: every unit of work on the writer runs in a savepoint, and SQLite kept a savepoint's sub-journal (the
 * pages a unit changed, as they were before) in a temporary file: each unit created a file in {@code /var/tmp},
 * unlinked it, wrote every page it changed into it and closed it — about a hundred writes and six more system
 * calls per created request (strace of the writer, issue 19). The temporary store is now memory
 * ({@code PRAGMA temp_store = MEMORY}).
 */
@Timeout(60)
class AUnitOfWorkWritesNoTemporaryFileIT {

    private static final Instant T = Instant.parse("2026-12-02T17:00:00Z");

    @TempDir
    Path folder;

    @Test
    void a_unit_of_work_changing_many_pages_creates_no_temporary_file() throws Exception {
        Path temporary = Files.createDirectories(folder.resolve("sqlite-temporary"));
        SqliteDatabase database = SqliteDatabase.open(folder.resolve("repair-bot.db"), 1);
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            temporary.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            // where SQLite puts its temporary files, for the whole process: this test's folder, put back below
            database.write(handle -> handle.execute("PRAGMA temp_store_directory = '" + temporary + "'"));
            ProcessedUpdates processed = SqliteStores.processedUpdates(database);
            List<OwedReplies> batch = LongStream.rangeClosed(1, 300)
                    .mapToObj(id -> new OwedReplies(id, 700_000_001L, "ответ ".repeat(300))).toList();

            processed.markProcessed(batch, T, "instance-a", Duration.ofSeconds(15));
            processed.repliesSent(batch.stream().map(OwedReplies::updateId).toList());
            // a file of our own, after the units: its event comes after any SQLite made during them
            Files.createFile(temporary.resolve("the-end"));

            assertThat(createdUntil(watch, "the-end")).as("files created while the units ran").isEmpty();
        } finally {
            database.write(handle -> handle.execute("PRAGMA temp_store_directory = ''"));
            database.close();
        }
    }

    /** @return the names created before {@code last}, in order */
    private static List<String> createdUntil(WatchService watch, String last) throws InterruptedException {
        List<String> created = new ArrayList<>();
        while (true) {
            WatchKey key = watch.poll(30, TimeUnit.SECONDS);
            assertThat(key).as("the watch saw our own file").isNotNull();
            for (WatchEvent<?> event : key.pollEvents()) {
                String name = String.valueOf(event.context());
                if (name.equals(last)) {
                    return created;
                }
                created.add(name);
            }
            key.reset();
        }
    }
}
