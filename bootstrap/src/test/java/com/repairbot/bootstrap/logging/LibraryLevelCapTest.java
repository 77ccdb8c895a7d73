package com.repairbot.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The shipped logging set-up ({@link LoggingSetup}) keeps every library at INFO or above, whatever LOG_LEVEL opens for our own loggers. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LibraryLevelCapTest {

    /** The libraries that dump payloads below INFO (issue 14: Lettuce wrote a whole dialog's JSON at DEBUG). */
    private static final String[] LIBRARIES = {"io.lettuce.core.protocol.CommandHandler", "io.netty.handler.logging",
        "okhttp3.OkHttpClient", "org.jdbi.v3.core.statement.SqlStatements", "com.zaxxer.hikari.pool.HikariPool",
        "org.flywaydb.core.Flyway", "org.sqlite.core.NativeDB", "com.pengrad.telegrambot.TelegramBot", "io.sentry",
        "reactor.core", "com.repairbotish.Other"};

    @Test
    void at_trace_our_loggers_trace_and_no_library_logs_below_info() {
        LoggerContext context = shipped("TRACE");

        assertThat(context.getLogger("com.repairbot.adapter.telegram.UpdateIntake").isTraceEnabled()).isTrue();
        assertThat(context.getLogger("com.repairbot").isDebugEnabled()).isTrue();
        for (String library : LIBRARIES) {
            assertThat(context.getLogger(library).isDebugEnabled()).as(library).isFalse();
            assertThat(context.getLogger(library).isTraceEnabled()).as(library).isFalse();
            assertThat(context.getLogger(library).isInfoEnabled()).as(library).isEqualTo(!library.startsWith("org.flyway"));
        }
    }

    @Test
    void above_the_cap_log_level_still_rules_the_libraries_too() {
        LoggerContext context = shipped("WARN");

        assertThat(context.getLogger("io.lettuce.core.RedisClient").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("io.lettuce.core.RedisClient").isWarnEnabled()).isTrue();
        assertThat(shipped("OFF").getLogger("io.lettuce.core.RedisClient").isErrorEnabled()).isFalse();
    }

    @Test
    void the_cap_can_be_set_by_its_properties() {
        LibraryLevelCap cap = new LibraryLevelCap();
        cap.setOwn("com.example");
        cap.setLowest("WARN");
        LoggerContext context = new LoggerContext();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.TRACE);
        context.addTurboFilter(cap);
        cap.start();

        assertThat(context.getLogger("com.example.App").isTraceEnabled()).isTrue();
        assertThat(context.getLogger("com.examples.App").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("io.lettuce").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("io.lettuce").isWarnEnabled()).isTrue();
    }

    private static LoggerContext shipped(String level) {
        LoggerContext context = new LoggerContext();
        LoggingSetup.apply(context, "text", level);
        return context;
    }
}
