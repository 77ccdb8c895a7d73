package com.repairbot.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One redaction for the bot token (Telegram adapter) and the Redis password, and one shape of a bot token. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RedactionTest {

    private static final String TOKEN = "1234567:AAHsecretSecretSecretSecret_0123456789";
    private static final String PASSWORD = "s3cret-Pa55";

    @Nested
    class A_bot_token {

        private final Redaction redaction = Redaction.ofBotToken(TOKEN);

        @Test
        void is_replaced_wherever_it_appears() {
            assertThat(redaction.apply("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage failed"))
                    .isEqualTo("POST https://api.telegram.org/bot<bot-token>/sendMessage failed");
        }

        @Test
        void is_replaced_when_url_encoded_too() {
            assertThat(redaction.apply("url=/bot123456789%3AAAHsecretSecretSecretSecret_0123456789/getMe"))
                    .doesNotContain("AAHsecret").contains("<bot-token>");
        }

        @Test
        void and_anything_shaped_like_one_are_replaced() {
            assertThat(redaction.apply("other 987654321:ZZZabcdefghijklmnopqrstuvwxyz012 here"))
                    .isEqualTo("other <bot-token> here");
        }

        @Test
        void leaves_ordinary_text_alone() {
            assertThat(redaction.apply("timeout after 10:30 at 127.0.0.1:8080"))
                    .isEqualTo("timeout after 10:30 at 127.0.0.1:8080");
            assertThat(redaction.apply(null)).isNull();
        }

        @Test
        void a_failure_for_the_log_keeps_its_stack_and_causes_but_neither_token_nor_phone() {
            IOException cause = new IOException("failed to connect to /bot" + TOKEN + "/getUpdates");
            RuntimeException failure = new RuntimeException("client +79991234567 said no", cause);

            Throwable logged = redaction.forLog(failure);

            assertThat(logged.getMessage()).startsWith("java.lang.RuntimeException: ").doesNotContain("79991234567")
                    .contains("+7******4567");
            assertThat(logged.getCause().getMessage()).startsWith("java.io.IOException").doesNotContain(TOKEN)
                    .doesNotContain("AAHsecret");
            assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        }
    }

    @Nested
    class A_password {

        private final Redaction redaction = Redaction.ofPassword(PASSWORD);

        @Test
        void a_failure_without_it_is_kept_as_it_is() {
            IllegalStateException failure = new IllegalStateException("Unable to connect to 127.0.0.1:1");

            assertThat(redaction.withoutSecrets(failure)).isSameAs(failure);
            assertThat(redaction.describe(failure)).isEqualTo("IllegalStateException: Unable to connect to 127.0.0.1:1");
        }

        @Test
        void a_server_error_that_repeats_it_is_masked_all_down_the_chain() {
            IllegalStateException failure = new IllegalStateException("cannot activate",
                    new IllegalArgumentException("ERR AUTH " + PASSWORD + " called without any password"));

            Throwable masked = redaction.withoutSecrets(failure);

            assertThat(redaction.describe(failure.getCause()))
                    .isEqualTo("IllegalArgumentException: ERR AUTH ****** called without any password");
            for (Throwable t = masked; t != null; t = t.getCause()) {
                assertThat(t.toString()).doesNotContain(PASSWORD);
            }
            assertThat(masked.getCause().getMessage()).isEqualTo(
                    "java.lang.IllegalArgumentException: ERR AUTH ****** called without any password");
            assertThat(masked.getStackTrace()).isEqualTo(failure.getStackTrace());
        }

        @Test
        void when_there_is_none_nothing_is_masked() {
            IllegalStateException failure = new IllegalStateException("anything");

            assertThat(Redaction.ofPassword("").withoutSecrets(failure)).isSameAs(failure);
            assertThat(Redaction.ofPassword("").describe(new IllegalStateException((String) null)))
                    .isEqualTo("IllegalStateException");
        }
    }

    @Nested
    class The_shape_of_a_bot_token {

        @Test
        void is_what_the_configuration_accepts() {
            assertThat(BotToken.isWellFormed(TOKEN)).isTrue();
            assertThat(BotToken.isWellFormed("secret-looking-garbage")).isFalse();
            assertThat(BotToken.isWellFormed("123%3AAAHsecretSecretSecretSecret_01")).isFalse();
            assertThat(BotToken.isWellFormed("123:short")).isFalse();
        }

        @Test
        void is_what_every_log_line_hides() {
            assertThat(BotToken.redact("url /bot" + TOKEN + "/getMe")).isEqualTo("url /bot<bot-token>/getMe");
        }
    }
}
