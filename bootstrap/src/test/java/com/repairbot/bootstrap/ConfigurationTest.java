package com.repairbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTest {

    private static final String TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678";

    @Test
    void an_empty_environment_gives_the_embedded_defaults() {
        Configuration config = Configuration.from(Map.of());

        assertThat(config.botToken()).isEmpty();
        assertThat(config.admins()).isEmpty();
        assertThat(config.databasePath()).isEqualTo(Path.of("./data/repair-bot.db"));
        assertThat(config.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(config.staffGroup()).isEmpty();
        assertThat(config.backupDir()).isEqualTo(Path.of("./data/repair-bot.db").toAbsolutePath().getParent()
                .resolve("backups"));
        assertThat(config.backupKeep()).isEqualTo(7);
    }

    @Test
    void every_variable_is_read() {
        Configuration config = Configuration.from(Map.of("BOT_TOKEN", TOKEN, "ADMIN_IDS", "1, 2", "DISPATCHER_IDS",
                "3", "GROUP_CHAT_ID", "-100123", "DATABASE_PATH", "/tmp/x.db", "TZ_NAME", "Asia/Yekaterinburg",
                "COMPANY_CONTACT", "+7 495 000-00-00"));

        assertThat(config.botToken()).contains(TOKEN);
        assertThat(config.admins()).containsExactlyInAnyOrder(new UserId(1), new UserId(2));
        assertThat(config.dispatchers()).containsExactly(new UserId(3));
        assertThat(config.staffGroup()).contains(new ChatId(-100123));
        assertThat(config.databasePath()).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(config.zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(config.companyContact()).isEqualTo("+7 495 000-00-00");
    }

    @Test
    void clients_are_served_by_default_with_three_open_requests_each_and_both_are_configurable() {
        assertThat(Configuration.from(Map.of()).clients())
                .isEqualTo(new com.repairbot.application.ClientSettings(true, 3));
        assertThat(Configuration.from(Map.of("CLIENTS", "off", "CLIENT_OPEN_LIMIT", "5")).clients())
                .isEqualTo(new com.repairbot.application.ClientSettings(false, 5));
        assertThatThrownBy(() -> Configuration.from(Map.of("CLIENTS", "maybe")))
                .hasMessage("CLIENTS: \"maybe\" is neither on nor off");
        assertThatThrownBy(() -> Configuration.from(Map.of("CLIENT_OPEN_LIMIT", "0")))
                .hasMessageStartingWith("CLIENT_OPEN_LIMIT:");
        assertThatThrownBy(() -> Configuration.from(Map.of("CLIENT_OPEN_LIMIT", "many")))
                .hasMessageStartingWith("CLIENT_OPEN_LIMIT:");
    }

    @Test
    void the_token_file_wins_over_the_variable_and_the_token_never_prints(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, TOKEN + "\n");

        Configuration config = Configuration.from(Map.of("BOT_TOKEN_FILE", file.toString(), "BOT_TOKEN", "9:other"));

        assertThat(config.botToken()).isEqualTo(Optional.of(TOKEN));
        assertThat(config.toString()).doesNotContain(TOKEN).contains("botToken=***");
    }

    @Test
    void a_bad_value_is_named_in_one_line() {
        assertThatThrownBy(() -> Configuration.from(Map.of("ADMIN_IDS", "1,abc")))
                .hasMessage("ADMIN_IDS: \"abc\" is not a user id (a positive number)");
        assertThatThrownBy(() -> Configuration.from(Map.of("DISPATCHER_IDS", "-5")))
                .hasMessageStartingWith("DISPATCHER_IDS:");
        assertThatThrownBy(() -> Configuration.from(Map.of("GROUP_CHAT_ID", "x")))
                .hasMessage("GROUP_CHAT_ID: \"x\" is not a chat id");
        assertThatThrownBy(() -> Configuration.from(Map.of("TZ_NAME", "Mars/Base")))
                .hasMessage("TZ_NAME: \"Mars/Base\" is not a time zone (e.g. Europe/Moscow)");
        assertThatThrownBy(() -> Configuration.from(Map.of("BOT_TOKEN", "secret-looking-garbage")))
                .hasMessage("BOT_TOKEN: does not look like a bot token (<digits>:<letters>)")
                .message().doesNotContain("secret-looking-garbage");
        assertThatThrownBy(() -> Configuration.from(Map.of("BACKUP_KEEP", "0")))
                .hasMessage("BACKUP_KEEP: \"0\" is not a number from 1 to 1000");
        assertThatThrownBy(() -> Configuration.from(Map.of("BOT_TOKEN_FILE", "/nonexistent/token")))
                .hasMessage("BOT_TOKEN_FILE: cannot read /nonexistent/token");
    }

    @Test
    void the_bot_api_url_redis_and_the_webhook_are_read_and_their_secrets_never_print() {
        Configuration config = Configuration.from(Map.of("TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "REDIS_URL", "redis://:s3cret@127.0.0.1:6379/0", "WEBHOOK_URL", "https://bot.example.org/telegram",
                "WEBHOOK_SECRET", "hook_Secret-1", "WEBHOOK_PORT", "9443"));

        assertThat(config.telegramApiUrl()).hasToString("http://127.0.0.1:8081");
        assertThat(config.redisUrl()).map(Object::toString).contains("redis://:s3cret@127.0.0.1:6379/0");
        assertThat(config.webhook()).get().satisfies(hook -> {
            assertThat(hook.url()).hasToString("https://bot.example.org/telegram");
            assertThat(hook.secret()).isEqualTo("hook_Secret-1");
            assertThat(hook.port()).isEqualTo(9443);
        });
        assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("hook_Secret-1")
                .contains("redis://:***@127.0.0.1:6379/0");
    }

    @Test
    void the_defaults_are_the_public_bot_api_no_redis_and_long_polling() {
        Configuration config = Configuration.from(Map.of());

        assertThat(config.telegramApiUrl()).hasToString("https://api.telegram.org");
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.webhook()).isEmpty();
        assertThat(Configuration.masked(java.net.URI.create("redis://user:pw@h:1"))).isEqualTo("redis://user:***@h:1");
    }

    @Test
    void bad_urls_and_webhook_settings_are_named() {
        assertThatThrownBy(() -> Configuration.from(Map.of("TELEGRAM_API_URL", "ftp://x")))
                .hasMessage("TELEGRAM_API_URL: not a http or https URL (e.g. http://host:port)");
        assertThatThrownBy(() -> Configuration.from(Map.of("REDIS_URL", "localhost:6379")))
                .hasMessageStartingWith("REDIS_URL: not a redis or rediss URL");
        assertThatThrownBy(() -> Configuration.from(Map.of("WEBHOOK_URL", "https://bot.example.org/t")))
                .hasMessageStartingWith("WEBHOOK_SECRET: required with WEBHOOK_URL");
        assertThatThrownBy(() -> Configuration.from(Map.of("WEBHOOK_URL", "https://b.example.org/t",
                "WEBHOOK_SECRET", "bad secret")))
                .hasMessageStartingWith("WEBHOOK_SECRET: only");
        assertThatThrownBy(() -> Configuration.from(Map.of("WEBHOOK_URL", "https://b.example.org/t",
                "WEBHOOK_SECRET", "ok", "WEBHOOK_PORT", "70000")))
                .hasMessage("WEBHOOK_PORT: \"70000\" is not a port (1-65535)");
        assertThatThrownBy(() -> Configuration.from(Map.of("WEBHOOK_URL", "http://b.example.org/t",
                "WEBHOOK_SECRET", "ok")))
                .hasMessageStartingWith("WEBHOOK_URL: not a https URL");
    }
}
