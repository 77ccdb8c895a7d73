package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The terminal's log says where it keeps things: the SQLite file, also when REDIS_URL is set (it never uses Redis). */
class TerminalLogNamesTheStoresItUsesTest {

    @TempDir
    Path folder;

    private final Logger logger = (Logger) LoggerFactory.getLogger(Main.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(logged);
    }

    private List<String> storeLines(Map<String, String> env) throws IOException {
        int exit = Main.run(new String[] {"console"}, env, new ByteArrayInputStream("/quit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        return logged.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("data in"))
                .toList();
    }

    @Test
    void with_redis_url_set_the_log_says_the_terminal_keeps_conversations_in_the_file_not_no_redis_url()
            throws IOException {
        Path db = folder.resolve("bot.db");

        assertThat(storeLines(Map.of("DATABASE_PATH", db.toString(), "REDIS_URL", "redis://:secret@127.0.0.1:6399/0")))
                .singleElement().asString()
                .contains("data in SQLite " + db.toAbsolutePath(), "conversation state in the same database",
                        "REDIS_URL is set, but the terminal does not use Redis")
                .doesNotContain("no REDIS_URL", "secret");
    }

    @Test
    void without_redis_url_it_names_the_file_only() throws IOException {
        Path db = folder.resolve("bot.db");

        assertThat(storeLines(Map.of("DATABASE_PATH", db.toString()))).singleElement().asString()
                .isEqualTo("data in SQLite " + db.toAbsolutePath() + "; conversation state in the same database");
    }
}
