package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which start-up cache {@code bin/jvm-flags.sh} chooses (ADR 0019): the JDK's AOT cache on JDK 25 and later, an
 * AppCDS archive before (the launcher accepts JDK 21), {@code REPAIR_BOT_STARTUP_CACHE=cds} to keep AppCDS; a cache
 * is written when missing or older than the jar, and one a stop left unfinished is written again, never used.
 */
class TheStartUpCacheFlagsTest {

    @TempDir
    Path dir;
    private Path jar;
    private Path archive;
    private Path aot;

    @BeforeEach
    void aJar() throws IOException {
        jar = Files.writeString(dir.resolve("repair-bot.jar"), "jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T00:00:00Z")));
        archive = dir.resolve("data/repair-bot.jsa");
        aot = dir.resolve("data/repair-bot.aot");
    }

    @Test
    void jdk_25_writes_the_aot_cache_at_the_first_stop_and_maps_it_later() throws Exception {
        Path jdk = jdk("25.0.3");
        assertThat(flags(jdk, null)).contains("-XX:AOTCacheOutput=" + aot + ".new")
                .noneMatch(flag -> flag.contains("ArchiveClassesAtExit") || flag.contains("SharedArchiveFile"));

        Files.writeString(aot, "cache");
        assertThat(flags(jdk, null)).contains("-XX:AOTCache=" + aot).noneMatch(flag -> flag.contains("Output"));
    }

    /**
     * Defect: JDK 25 prints the AOT cache's making (a child JVM and its whole command line) on standard output at the
     * first stop after a build: into the terminal's screen after {@code bin/repair-bot}'s quick start. The terminal and
     * the one-shot modes keep AppCDS, whose writing is silent; the bot ({@code run}) keeps the AOT cache.
     */
    @Test
    void the_terminal_and_the_one_shot_modes_keep_appcds_on_jdk_25() throws Exception {
        Path jdk = jdk("25.0.3");
        for (String mode : List.of("console", "migrate", "check", "backup")) {
            assertThat(flags(jdk, null, mode)).as(mode).contains("-XX:ArchiveClassesAtExit=" + archive)
                    .noneMatch(flag -> flag.contains("AOTCache"));
        }
        assertThat(flags(jdk, null, "run")).contains("-XX:AOTCacheOutput=" + aot + ".new");
    }

    @Test
    void jdk_21_keeps_appcds() throws Exception {
        Path jdk = jdk("21.0.5");
        assertThat(flags(jdk, null)).contains("-XX:ArchiveClassesAtExit=" + archive)
                .noneMatch(flag -> flag.contains("AOTCache"));

        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "archive");
        assertThat(flags(jdk, null)).contains("-XX:SharedArchiveFile=" + archive);
    }

    /**
     * Netty's direct buffers through Unsafe, as on JDK 21 (not through FFM stubs made at every start): JDK 21 knows
     * no such flag, a JDK after 25 may refuse it.
     */
    @Test
    void netty_keeps_unsafe_on_jdk_23_to_25_only() throws Exception {
        assertThat(flags(jdk("25.0.3"), null)).contains("--sun-misc-unsafe-memory-access=allow");
        assertThat(flags(jdk("21.0.5"), null)).noneMatch(flag -> flag.startsWith("--sun-misc"));
        assertThat(flags(jdk("26"), null)).noneMatch(flag -> flag.startsWith("--sun-misc"))
                .contains("-XX:AOTCacheOutput=" + aot + ".new");
    }

    @Test
    void repair_bot_startup_cache_cds_keeps_appcds_on_jdk_25() throws Exception {
        assertThat(flags(jdk("25.0.3"), "cds")).contains("-XX:ArchiveClassesAtExit=" + archive)
                .noneMatch(flag -> flag.contains("AOTCache"));
    }

    @Test
    void a_cache_older_than_the_jar_is_written_again() throws Exception {
        Files.createDirectories(aot.getParent());
        Files.writeString(aot, "cache of the last build");
        Files.setLastModifiedTime(aot, FileTime.from(Instant.parse("2026-11-30T00:00:00Z")));
        assertThat(flags(jdk("25.0.3"), null)).contains("-XX:AOTCacheOutput=" + aot + ".new");
    }

    @Test
    void a_cache_the_child_jvm_finished_becomes_the_cache() throws Exception {
        Files.createDirectories(aot.getParent());
        Files.writeString(Path.of(aot + ".new"), "whole cache");
        assertThat(flags(jdk("25.0.3"), null)).contains("-XX:AOTCache=" + aot);
        assertThat(Files.readString(aot)).isEqualTo("whole cache");
        assertThat(Path.of(aot + ".new")).doesNotExist();
    }

    /** A stop cut short while the child JVM wrote the cache: its configuration is still there, the cache partial. */
    @Test
    void an_unfinished_cache_is_never_used_and_written_again() throws Exception {
        Files.createDirectories(aot.getParent());
        Files.writeString(Path.of(aot + ".new"), "half a cache");
        Files.writeString(Path.of(aot + ".new.config"), "the recorded classes");
        assertThat(flags(jdk("25.0.3"), null)).contains("-XX:AOTCacheOutput=" + aot + ".new")
                .noneMatch(flag -> flag.startsWith("-XX:AOTCache="));
        assertThat(aot).doesNotExist();
        assertThat(Path.of(aot + ".new.config")).doesNotExist();
    }

    @Test
    void an_empty_cache_is_written_again() throws Exception {
        Files.createDirectories(aot.getParent());
        Files.writeString(aot, "");
        assertThat(flags(jdk("25.0.3"), null)).contains("-XX:AOTCacheOutput=" + aot + ".new");

        Files.writeString(archive, "");
        assertThat(flags(jdk("21.0.5"), null)).contains("-XX:ArchiveClassesAtExit=" + archive);
    }

    private Path jdk(String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version
                + "\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n");
        return home;
    }

    /** The flags bin/jvm-flags.sh sets for this jar and archive, one a line. */
    private List<String> flags(Path javaHome, String startupCache) throws Exception {
        return flags(javaHome, startupCache, null);
    }

    /** @param mode the launcher's mode argument; {@code null}: none, as the load rig gives */
    private List<String> flags(Path javaHome, String startupCache, String mode) throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c",
                "source ../bin/jvm-flags.sh \"$1\" \"$2\" ${3:+\"$3\"}"
                        + " && printf '%s\\n' \"${REPAIR_BOT_JVM_FLAGS[@]}\"",
                "flags", jar.toString(), archive.toString(), mode == null ? "" : mode).redirectErrorStream(true);
        Map<String, String> env = bash.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.remove("REPAIR_BOT_STARTUP_CACHE");
        if (startupCache != null) {
            env.put("REPAIR_BOT_STARTUP_CACHE", startupCache);
        }
        Process process = bash.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
