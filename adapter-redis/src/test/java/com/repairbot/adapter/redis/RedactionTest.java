package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String SECRET = "s3cret-Pa55";

    @Test
    void a_failure_without_the_password_is_kept_as_it_is() {
        RedisConnectionException failure = new RedisConnectionException("Unable to connect to 127.0.0.1:1");

        assertThat(new Redaction(SECRET).cause(failure)).isSameAs(failure);
        assertThat(new Redaction(SECRET).message(failure))
                .isEqualTo("RedisConnectionException: Unable to connect to 127.0.0.1:1");
    }

    @Test
    void a_server_error_that_repeats_the_password_is_masked_all_down_the_chain() {
        RedisConnectionException failure = new RedisConnectionException("cannot activate",
                new RedisCommandExecutionException("ERR AUTH " + SECRET + " called without any password"));

        Throwable masked = new Redaction(SECRET).cause(failure);

        assertThat(new Redaction(SECRET).message(failure.getCause()))
                .isEqualTo("RedisCommandExecutionException: ERR AUTH ****** called without any password");
        for (Throwable t = masked; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(SECRET);
        }
        assertThat(masked.getCause().getMessage()).isEqualTo(
                "io.lettuce.core.RedisCommandExecutionException: ERR AUTH ****** called without any password");
        assertThat(masked.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void without_a_password_nothing_is_masked() {
        RedisConnectionException failure = new RedisConnectionException("anything");

        assertThat(new Redaction("").cause(failure)).isSameAs(failure);
        assertThat(new Redaction("").message(new RedisConnectionException(null))).isEqualTo("RedisConnectionException");
    }
}
