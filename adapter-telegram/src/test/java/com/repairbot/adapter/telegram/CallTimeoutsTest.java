package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pengrad.telegrambot.request.GetUpdates;
import com.repairbot.adapter.telegram.FakeBotApi.Fault;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Bot API call whose answer does not come in time, as the callers see it: the sockets have no timeout of their own
 * (issue 19, {@link Deadlines}), and the failure is the one it was with a timeout on the socket — a network failure
 * (retried by {@link Retries}) that says "SocketTimeoutException: Read timed out".
 */
class CallTimeoutsTest {

    private FakeBotApi telegram;
    private TelegramApi api;

    @BeforeEach
    void start() throws Exception {
        telegram = new FakeBotApi();
        api = new TelegramApi(new TelegramConfig(telegram.url(), FakeBotApi.TOKEN, Duration.ofSeconds(1), 100),
                Harness.tuning(Harness.FAST).withRequestTimeout(Duration.ofMillis(300)));
    }

    @AfterEach
    void stop() {
        api.close();
        telegram.close();
    }

    @Test
    void a_send_whose_answer_does_not_come_in_time_is_a_network_failure_that_says_read_timed_out() {
        telegram.fail("sendMessage", new Fault.Slow(Duration.ofMillis(1_500)));

        assertThatThrownBy(() -> api.send("sendMessage", "{\"chat_id\":501,\"text\":\"Готово\"}"))
                .isInstanceOfSatisfying(TelegramCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NETWORK);
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage())
                            .isEqualTo("sendMessage failed: NETWORK SocketTimeoutException: Read timed out");
                });
        assertThat(api.healthy()).isFalse();

        assertThat(api.send("sendMessage", "{\"chat_id\":501,\"text\":\"Готово\"}")).isPositive();
        assertThat(api.healthy()).isTrue();
    }

    @Test
    void a_poll_whose_answer_does_not_come_in_time_is_a_network_failure_and_is_not_made_again_at_once()
            throws Exception {
        telegram.fail("getUpdates", new Fault.Slow(Duration.ofMillis(1_500)));

        try (TelegramApi.Polls polls = api.polls()) {
            // made again at once, on a new connection, it would have been answered at once
            assertThatThrownBy(() -> polls.next(new GetUpdates().timeout(0)))
                    .isInstanceOfSatisfying(TelegramCallException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("getUpdates failed: NETWORK SocketTimeoutException: Read timed out"));

            assertThat(polls.next(new GetUpdates().timeout(0)).isOk()).isTrue();
        }
    }
}
