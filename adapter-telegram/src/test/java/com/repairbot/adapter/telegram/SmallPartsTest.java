package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.memory.InMemoryRateLimiter;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Nested
    class Config {

        @Test
        void never_prints_the_token() {
            TelegramConfig config = TelegramConfig.of(FakeBotApi.TOKEN);
            assertThat(config.toString()).doesNotContain(FakeBotApi.TOKEN).doesNotContain("AAHfake")
                    .contains("token=<redacted>").contains("api.telegram.org");
        }

        @Test
        void refuses_bad_values_without_echoing_the_token() {
            assertThatThrownBy(() -> new TelegramConfig(URI.create("ftp://x"), "1:a", Duration.ofSeconds(1), 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TelegramConfig.of("12345:secret with space"))
                    .isInstanceOf(IllegalArgumentException.class).message().doesNotContain("secret");
            assertThatThrownBy(() -> new TelegramConfig(TelegramConfig.DEFAULT_API_URL, "1:a", Duration.ofSeconds(51),
                    1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void the_base_url_has_no_trailing_slash() {
            assertThat(new TelegramConfig(URI.create("http://localhost:8081/"), "1:a", Duration.ZERO, 1).baseUrl())
                    .isEqualTo("http://localhost:8081");
        }
    }

    @Nested
    class Flood {

        @Test
        void one_warning_per_burst_not_one_per_message() {
            MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
            FloodGuard guard = new FloodGuard(new InMemoryRateLimiter(clock, 2, 1));
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.PASS);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.PASS);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.WARN);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.DROP);
            assertThat(guard.check(8)).isEqualTo(FloodGuard.Verdict.PASS);
            clock.advance(Duration.ofSeconds(1));
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.PASS);
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.WARN);
        }

        @Test
        void an_unreachable_limiter_lets_updates_through() {
            FloodGuard guard = new FloodGuard(key -> {
                throw new StoreUnavailableException("redis down", null);
            });
            assertThat(guard.check(7)).isEqualTo(FloodGuard.Verdict.PASS);
        }
    }

    @Nested
    class Texts {

        @Test
        void russian_is_the_default_and_english_is_there_for_english_speakers() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.ENGLISH);
                assertThat(ChannelTexts.get(Locale.forLanguageTag("de"), "flood.warning")).contains("Слишком");
                assertThat(ChannelTexts.get(null, "flood.warning")).contains("Слишком");
                assertThat(ChannelTexts.get(Locale.ENGLISH, "flood.warning")).contains("Too many");
            } finally {
                Locale.setDefault(before);
            }
        }

        @Test
        void both_languages_have_the_same_keys() throws Exception {
            Properties ru = new Properties();
            Properties en = new Properties();
            try (var in = getClass().getResourceAsStream("/com/repairbot/adapter/telegram/texts.properties")) {
                ru.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            try (var in = getClass().getResourceAsStream("/com/repairbot/adapter/telegram/texts_en.properties")) {
                en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(en.stringPropertyNames()).isEqualTo(ru.stringPropertyNames());
        }

        @Test
        void every_command_in_the_menus_has_a_description_and_a_valid_name() {
            assertThat(CommandMenu.requests(java.util.List.of(1000L))).hasSize(8).allSatisfy(request -> {
                String commands = String.valueOf(request.getParameters().get("commands"));
                assertThat(commands).doesNotContain("!").isNotEmpty();
            });
        }
    }

    @Nested
    class Lanes {

        @Test
        void a_chat_runs_in_order_and_the_bound_is_kept() throws Exception {
            ChatLanes lanes = new ChatLanes(Executors.newFixedThreadPool(2), 3);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> first = lanes.submit(1, () -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            });
            CompletableFuture<Integer> second = lanes.submit(1, () -> 2);
            CompletableFuture<Integer> other = lanes.submit(2, () -> 3);
            assertThat(other.get(2, TimeUnit.SECONDS)).isEqualTo(3); // another chat is not held up
            assertThat(second).isNotDone();
            lanes.submit(3, () -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 4;
            });
            assertThatThrownBy(() -> lanes.submit(4, () -> 5)).isInstanceOf(RejectedExecutionException.class);
            release.countDown();
            assertThat(second.get(2, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(first).isCompletedWithValue(1);
            assertThat(lanes.close(2, TimeUnit.SECONDS)).isTrue();
        }
    }
}
