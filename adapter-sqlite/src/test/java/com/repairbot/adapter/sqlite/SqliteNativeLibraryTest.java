package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    @TempDir
    Path folder;

    @Test
    void the_library_is_written_once_equal_to_the_jars_and_kept_at_later_starts() throws Exception {
        Path kept = SqliteNativeLibrary.extracted(folder);
        assertThat(Files.readAllBytes(kept)).isEqualTo(jarCopy());
        assertThat(kept.getFileName().toString()).contains(SQLiteJDBCLoader.getVersion());

        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(kept, old);
        assertThat(SqliteNativeLibrary.extracted(folder)).isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(old); // not written again
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(kept); // nothing partial left
        }
    }

    @Test
    void a_damaged_copy_is_written_again() throws Exception {
        Path kept = SqliteNativeLibrary.extracted(folder);
        Files.write(kept, new byte[] {1, 2, 3});

        assertThat(SqliteNativeLibrary.extracted(folder)).isEqualTo(kept);

        assertThat(Files.readAllBytes(kept)).isEqualTo(jarCopy());
    }

    private static byte[] jarCopy() throws Exception {
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
