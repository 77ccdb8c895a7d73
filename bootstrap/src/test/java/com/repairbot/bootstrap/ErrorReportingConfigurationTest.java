package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.bootstrap.errors.ErrorReporting;
import com.repairbot.bootstrap.errors.ErrorReportingSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ErrorReportingConfigurationTest {

    private static final String DSN = "https://0123456789abcdef@o1.ingest.sentry.io/4501";

    @Test
    void without_a_dsn_nothing_is_reported() {
        assertThat(ErrorReportingConfiguration.from(Map.of("SENTRY_ENVIRONMENT", "staging"))).isEmpty();
        assertThat(ErrorReportingConfiguration.from(Map.of("SENTRY_DSN", "  "))).isEmpty();
        assertThat(ErrorReportingConfiguration.start(Map.of())).isSameAs(ErrorReporting.NONE);
    }

    @Test
    void a_dsn_is_tagged_with_the_environment_the_release_and_the_instance_and_never_printed() {
        ErrorReportingSettings settings = ErrorReportingConfiguration.from(Map.of("SENTRY_DSN", DSN,
                "SENTRY_ENVIRONMENT", "staging", "HOSTNAME", "bot-2")).orElseThrow();

        assertThat(settings.dsn()).hasToString(DSN);
        assertThat(settings.environment()).isEqualTo("staging");
        assertThat(settings.instance()).isEqualTo("bot-2");
        assertThat(settings.release()).matches("repair-bot@\\d+\\.\\d+\\.\\d+.*");
        assertThat(settings.toString()).contains("https://***@o1.ingest.sentry.io/4501").doesNotContain("0123456789");
        assertThat(ErrorReportingConfiguration.from(Map.of("SENTRY_DSN", DSN)).orElseThrow().environment())
                .isEqualTo("production");
    }

    @Test
    void the_dsn_file_wins_over_the_variable(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("sentry_dsn"), DSN + "\n");

        assertThat(ErrorReportingConfiguration.from(Map.of("SENTRY_DSN_FILE", file.toString(),
                "SENTRY_DSN", "https://other@example.org/1")).orElseThrow().dsn()).hasToString(DSN);
        assertThatThrownBy(() -> ErrorReportingConfiguration.from(Map.of("SENTRY_DSN_FILE", folder.resolve("none")
                .toString()))).isInstanceOf(ConfigurationException.class).hasMessageStartingWith("SENTRY_DSN_FILE:");
    }

    @Test
    void a_bad_value_names_its_variable_and_does_not_echo_the_dsn() {
        assertThatThrownBy(() -> ErrorReportingConfiguration.from(Map.of("SENTRY_DSN", "secretkey@sentry.example/1")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("SENTRY_DSN:")
                .message().doesNotContain("secretkey");
        assertThatThrownBy(() -> ErrorReportingConfiguration.from(Map.of("SENTRY_DSN", "https://sentry.example/1")))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("SENTRY_DSN:");
        assertThatThrownBy(() -> ErrorReportingConfiguration.from(Map.of("SENTRY_DSN", DSN, "SENTRY_ENVIRONMENT",
                "prod uction"))).isInstanceOf(ConfigurationException.class).hasMessageStartingWith("SENTRY_ENVIRONMENT:");
    }
}
