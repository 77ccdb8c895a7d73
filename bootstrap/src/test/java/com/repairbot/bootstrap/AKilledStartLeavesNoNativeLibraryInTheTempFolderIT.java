package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.sqlite.SqliteDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defect: sqlite-jdbc wrote its 1 MB native library into the temp folder under a new name at every start (and
 * compared it byte by byte with the jar's: a quarter of the start-up), and a start that ended in {@code kill -9}
 * left its copy there for good — the load rig's kill -9 runs left one per restart. The library is now kept
 * beside the database, extracted once.
 */
class AKilledStartLeavesNoNativeLibraryInTheTempFolderIT {

    @TempDir
    Path temp;

    @TempDir
    Path data;

    @Test
    void starts_killed_with_kill_9_leave_nothing_in_the_temp_folder_and_share_one_kept_library() throws Exception {
        Map<String, String> env = Map.of("DATABASE_PATH", data.resolve("bot.db").toString());
        for (int start = 0; start < 2; start++) {
            try (BotProcess bot = BotProcess.start(env, List.of("-Djava.io.tmpdir=" + temp), "console")) {
                bot.awaitLine(line -> line.contains("ADMIN_IDS and DISPATCHER_IDS are empty"), Duration.ofSeconds(60));
                bot.kill();
            }
        }

        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith("sqlite-"));
        }
        try (Stream<Path> kept = Files.list(data.resolve(SqliteDatabase.NATIVE_FOLDER))) {
            assertThat(kept.map(file -> file.getFileName().toString()).toList())
                    .singleElement().asString().startsWith("sqlite-").contains("libsqlitejdbc");
        }
    }
}
