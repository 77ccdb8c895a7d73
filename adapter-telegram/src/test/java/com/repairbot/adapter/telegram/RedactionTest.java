package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String TOKEN = "1234567:AAHsecretSecretSecretSecret_0123456789";
    private final Redaction redaction = new Redaction(TOKEN);

    @Test
    void the_token_is_replaced_wherever_it_appears() {
        assertThat(redaction.apply("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage failed"))
                .isEqualTo("POST https://api.telegram.org/bot<token>/sendMessage failed");
    }

    @Test
    void the_url_encoded_token_is_replaced_too() {
        assertThat(redaction.apply("url=/bot123456789%3AAAHsecretSecretSecretSecret_0123456789/getMe"))
                .doesNotContain("AAHsecret").contains("<token>");
    }

    @Test
    void anything_shaped_like_a_bot_token_is_replaced() {
        assertThat(redaction.apply("other 987654321:ZZZabcdefghijklmnopqrstuvwxyz012 here"))
                .isEqualTo("other <token> here");
    }

    @Test
    void ordinary_text_is_left_alone() {
        assertThat(redaction.apply("timeout after 10:30 at 127.0.0.1:8080")).isEqualTo(
                "timeout after 10:30 at 127.0.0.1:8080");
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
