package com.repairbot.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedisConfigTest {

    private static final String SECRET = "s3cret-Pa55";

    @Test
    void the_defaults_are_a_two_second_timeout_and_a_bounded_queue() {
        RedisConfig config = RedisConfig.of("redis://127.0.0.1:6379/0");

        assertThat(config.commandTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.requestQueueSize()).isEqualTo(1024);
        assertThat(config.where()).isEqualTo("127.0.0.1:6379/0");
        assertThat(config.uri().getTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void port_and_database_default_to_6379_and_0() {
        assertThat(RedisConfig.of("redis://redis.internal").where()).isEqualTo("redis.internal:6379/0");
        assertThat(RedisConfig.of("redis://redis.internal/3").where()).isEqualTo("redis.internal:6379/3");
    }

    @Test
    void a_password_is_read_from_the_url_and_never_printed() {
        RedisConfig withPassword = RedisConfig.of("redis://:" + SECRET + "@127.0.0.1:6379/2");
        RedisConfig withUser = RedisConfig.of("redis://bot:" + SECRET + "@127.0.0.1:6379/2");

        assertThat(withPassword.password()).isEqualTo(SECRET);
        assertThat(withUser.password()).isEqualTo(SECRET);
        assertThat(RedisConfig.of("redis://127.0.0.1").password()).isEmpty();
        assertThat(withPassword.toString()).doesNotContain(SECRET).contains("127.0.0.1:6379/2");
        assertThat(withUser.where()).doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost:6379", "http://:" + SECRET + "@host", "redis://:" + SECRET + "@",
            "redis://:" + SECRET + "@host:port"})
    void a_url_that_is_not_one_is_refused_without_repeating_it(String url) {
        assertThatThrownBy(() -> RedisConfig.of(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("REDIS_URL")
                .hasMessageNotContaining(SECRET)
                .hasNoCause();
    }

    @Test
    void the_timeout_and_the_queue_must_leave_room_to_work() {
        RedisConfig config = RedisConfig.of("redis://127.0.0.1");

        assertThatThrownBy(() -> config.withCommandTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withCommandTimeout(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config.withRequestQueueSize(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(config.withCommandTimeout(Duration.ofMillis(500)).withRequestQueueSize(8))
                .isEqualTo(new RedisConfig("redis://127.0.0.1", Duration.ofMillis(500), 8));
    }
}
