package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code DATABASE_PATH} that cannot be a database file stops the start with one line that names the variable. */
class BadDatabasePathGetsOneClearLineTest {

    @TempDir
    Path folder;

    private List<String> errorLines(String path, String mode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {mode}, Map.of("DATABASE_PATH", path),
                new ByteArrayInputStream("/quit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isNotZero();
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void a_folder_as_the_database_path_is_one_line() throws IOException {
        assertThat(errorLines(folder.toString(), "console")).singleElement().asString()
                .startsWith("repair-bot: DATABASE_PATH: ").contains(folder.toString()).contains("is a folder");
    }

    @Test
    void a_path_below_a_file_is_one_line() throws IOException {
        Path file = Files.writeString(folder.resolve("plain.txt"), "x");

        assertThat(errorLines(file.resolve("bot.db").toString(), "migrate")).singleElement().asString()
                .startsWith("repair-bot: DATABASE_PATH: ").contains("cannot create the folder");
    }

    @Test
    void a_file_that_is_not_a_database_is_one_line() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.db"), "these are not the droids you are looking for\n".repeat(50));

        assertThat(errorLines(file.toString(), "console")).singleElement().asString()
                .startsWith("repair-bot: DATABASE_PATH: ").contains("not a repair-bot database");
    }
}
