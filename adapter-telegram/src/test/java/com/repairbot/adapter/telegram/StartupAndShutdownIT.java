package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryProcessedUpdates;
import com.repairbot.domain.staff.UserId;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** getMe, the command menus, and a shutdown that loses nothing. */
class StartupAndShutdownIT {

    @Test
    void verify_tells_who_the_bot_is() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            assertThat(h.channel.healthy()).isFalse();
            assertThat(h.channel.verify()).isEqualTo(new BotIdentity(123456789, "repair_test_bot"));
            assertThat(h.channel.healthy()).isTrue();
        }
    }

    @Test
    void a_refused_token_stops_the_bot_with_one_clear_line_without_the_token() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            h.api.acceptOnly("999:another");
            assertThatThrownBy(h.channel::verify).isInstanceOf(InvalidTokenException.class)
                    .hasMessage("the bot token is invalid").hasNoCause();
            assertThat(h.api.calls("getMe")).hasSize(1); // a 401 is not retried
            assertThat(h.channel.healthy()).isFalse();
            h.assertLogsClean();
        }
    }

    @Test
    void an_unreachable_api_is_reported_without_the_token() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (LogCapture logs = new LogCapture();
             TelegramChannel channel = TelegramChannel.builder(
                     new TelegramConfig(URI.create("http://127.0.0.1:" + closedPort), FakeBotApi.TOKEN,
                             Duration.ofSeconds(1), 10), inbound -> List.of())
                     .processedUpdates(new InMemoryProcessedUpdates()).floodLimiter(Harness.generousLimiter())
                     .tuning(Harness.tuning(Harness.FAST)).clock(Clock.systemUTC()).build()) {
            assertThatThrownBy(channel::verify).isInstanceOf(IllegalStateException.class)
                    .satisfies(e -> assertThat(e.getMessage()).contains("NETWORK").doesNotContain(FakeBotApi.TOKEN)
                            .doesNotContain("AAHfake"));
            assertThat(channel.healthy()).isFalse();
            for (String line : logs.lines()) {
                assertThat(line).doesNotContain("AAHfake");
            }
        }
    }

    @Test
    void command_menus_are_set_per_scope_and_language_and_a_failure_does_not_stop_the_bot() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            h.channel.registerCommands(Set.of(new UserId(Staff.ADMIN)));
            List<Call> calls = h.api.calls("setMyCommands");
            assertThat(calls).hasSize(8);
            assertThat(calls).extracting(c -> c.param("scope")).anyMatch(s -> s.contains("all_private_chats"))
                    .anyMatch(s -> s.contains("all_group_chats")).anyMatch(s -> s.contains("\"default\""))
                    .anyMatch(s -> s.contains("\"chat\"") && s.contains("1000"));
            assertThat(calls).filteredOn(c -> "en".equals(c.param("language_code"))).hasSize(4);
            assertThat(calls).filteredOn(c -> c.param("language_code") == null)
                    .allSatisfy(c -> assertThat(c.param("commands")).contains("Главное меню"));

            for (int i = 0; i < 20; i++) {
                h.api.fail("setMyCommands", new Fault.Error(500, 500, "Internal Server Error"));
            }
            h.channel.registerCommands(); // logged, not thrown
            assertThat(h.logs.lines()).anyMatch(l -> l.startsWith("WARN") && l.contains("setMyCommands failed"));
            h.assertLogsClean();
        }
    }

    @Test
    void shutdown_finishes_the_update_in_hand_then_confirms_the_offset() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong finishedAt = new AtomicLong();
        Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(), inbound -> {
            started.countDown();
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finishedAt.set(System.nanoTime());
            return List.of(Outbound.text("finished"));
        }).polling();
        long id = h.api.enqueue(FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "slow one"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        h.close();

        assertThat(h.processed.isProcessed(id)).isTrue();
        assertThat(h.api.shown(Staff.ADMIN)).extracting(c -> c.param("text")).containsExactly("finished");
        List<Call> polls = h.api.calls("getUpdates");
        Call confirm = polls.get(polls.size() - 1);
        assertThat(confirm.param("offset")).isEqualTo(Long.toString(id + 1));
        assertThat(confirm.param("timeout")).isEqualTo("0");
        assertThat(confirm.nanos()).isGreaterThan(finishedAt.get());
        assertThat(h.api.hasUnconfirmedBeyond(0)).isFalse();
    }

    @Test
    void polling_removes_a_webhook_left_from_before_and_cannot_be_started_twice() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            assertThat(h.api.calls("deleteWebhook")).hasSize(1);
            assertThatThrownBy(h.channel::startPolling).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> h.channel.startWebhook(URI.create("https://x/y"), "abc", 0))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
