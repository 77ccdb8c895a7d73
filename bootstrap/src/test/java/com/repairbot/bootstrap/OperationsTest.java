package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void the_defaults_are_port_8080_text_logs_at_info_and_a_daily_backup() {
        Operations ops = Configuration.from(Map.of()).operations();

        assertThat(ops.httpPort()).isEqualTo(8080);
        assertThat(ops.logFormat()).isEqualTo("text");
        assertThat(ops.logLevel()).isEqualTo("INFO");
        assertThat(ops.backupEvery()).contains(Duration.ofDays(1));
    }

    @Test
    void every_operations_variable_is_read() {
        Operations ops = Configuration.from(Map.of("HTTP_PORT", "9100", "LOG_FORMAT", "json", "LOG_LEVEL", "debug",
                "BACKUP_EVERY", "6h")).operations();

        assertThat(ops).isEqualTo(new Operations(9100, "json", "DEBUG", Optional.of(Duration.ofHours(6))));
        assertThat(Configuration.from(Map.of("BACKUP_EVERY", "30m")).operations().backupEvery())
                .contains(Duration.ofMinutes(30));
        assertThat(Configuration.from(Map.of("BACKUP_EVERY", "7d")).operations().backupEvery())
                .contains(Duration.ofDays(7));
        assertThat(Configuration.from(Map.of("BACKUP_EVERY", "off")).operations().backupEvery()).isEmpty();
        assertThat(Configuration.from(Map.of("HTTP_PORT", "0")).operations().httpPort()).isZero();
    }

    @Test
    void a_bad_operations_value_is_named_in_one_line() {
        assertThatThrownBy(() -> Configuration.from(Map.of("HTTP_PORT", "80a")))
                .hasMessage("HTTP_PORT: \"80a\" is not a port (1-65535, or 0 for any)");
        assertThatThrownBy(() -> Configuration.from(Map.of("HTTP_PORT", "65536")))
                .hasMessageStartingWith("HTTP_PORT: \"65536\"");
        assertThatThrownBy(() -> Configuration.from(Map.of("LOG_FORMAT", "xml")))
                .hasMessage("LOG_FORMAT: \"xml\" is not text or json");
        assertThatThrownBy(() -> Configuration.from(Map.of("LOG_LEVEL", "LOUD")))
                .hasMessage("LOG_LEVEL: \"LOUD\" is not one of TRACE, DEBUG, INFO, WARN, ERROR, OFF");
        assertThatThrownBy(() -> Configuration.from(Map.of("BACKUP_EVERY", "daily")))
                .hasMessage("BACKUP_EVERY: \"daily\" is not an interval such as 24h, 6h, 30m, 7d or off");
        assertThatThrownBy(() -> Configuration.from(Map.of("BACKUP_EVERY", "0m")))
                .hasMessage("BACKUP_EVERY: \"0m\" is shorter than a minute");
    }

    @Test
    void a_bad_value_stops_main_with_that_one_line_and_exit_status_2() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"migrate"}, Map.of("LOG_FORMAT", "xml"), InputStream.nullInputStream(),
                new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("repair-bot: LOG_FORMAT: \"xml\" is not text or json" + System.lineSeparator());
    }

    @Test
    void check_reports_a_bad_value_as_its_failed_configuration_line_and_exit_status_1() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check"}, Map.of("HTTP_PORT", "http"), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(OutputStream.nullOutputStream()));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("configuration: failed - HTTP_PORT: \"http\" is"
                + " not a port (1-65535, or 0 for any)" + System.lineSeparator());
    }
}
