package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.memory.InMemoryProcessedUpdates;
import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.application.testing.ForwardingProcessedUpdates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Updates in by webhook: the secret is checked before anything else, duplicates have one effect. */
class WebhookIT {

    static final String SECRET = "s3cret-Value_1";
    private static final HttpClient http = HttpClient.newHttpClient();

    static int post(int port, String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tg/hook"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookServer.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void the_webhook_is_set_with_the_secret_and_only_the_right_secret_gets_in() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            WebhookServer server = h.channel.startWebhook(URI.create("https://bot.example.com/tg/hook"), SECRET, 0);
            var set = h.api.calls("setWebhook").get(0);
            assertThat(set.param("url")).isEqualTo("https://bot.example.com/tg/hook");
            assertThat(set.param("secret_token")).isEqualTo(SECRET);
            assertThat(set.param("allowed_updates")).contains("message", "callback_query");

            String update = "{\"update_id\":91," + FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "/start") + "}";
            assertThat(post(server.port(), null, update)).isEqualTo(401);
            assertThat(post(server.port(), "wrong", update)).isEqualTo(401);
            assertThat(post(server.port(), SECRET + "x", update)).isEqualTo(401);
            // refused before the body is read: garbage with a wrong secret is still 401, not 400
            assertThat(post(server.port(), "wrong", "not json at all")).isEqualTo(401);
            assertThat(h.api.shown(Staff.ADMIN)).isEmpty();
            assertThat(h.processed.isProcessed(91)).isFalse();

            // from Telegram but unreadable: set aside and acknowledged, or Telegram would send it forever
            assertThat(post(server.port(), SECRET, "not json at all")).isEqualTo(200);
            assertThat(post(server.port(), SECRET, update)).isEqualTo(200);
            h.settle(91);
            assertThat(h.lastText(Staff.ADMIN)).contains("Главное меню");

            // Telegram delivers it again: answered 200, no second effect
            assertThat(post(server.port(), SECRET, update)).isEqualTo(200);
            h.settleQuiet();
            assertThat(h.api.shown(Staff.ADMIN)).hasSize(1);
            h.assertLogsClean(SECRET);
        }
    }

    @Test
    void an_update_that_cannot_be_checked_against_the_processed_ones_gets_503_so_that_telegram_retries()
            throws Exception {
        FailingOnce processed = new FailingOnce();
        try (FakeBotApi api = new FakeBotApi(); LogCapture logs = new LogCapture();
             TelegramChannel channel = TelegramChannel.builder(
                     new TelegramConfig(api.url(), FakeBotApi.TOKEN, Duration.ofSeconds(1), 10),
                     inbound -> java.util.List.of(com.repairbot.application.conversation.Outbound.text("ok")))
                     .processedUpdates(processed).floodLimiter(Harness.generousLimiter())
                     .tuning(Harness.tuning(Harness.FAST)).clock(Clock.systemUTC()).build()) {
            WebhookServer server = channel.startWebhook(URI.create("https://bot.example.com/tg/hook"), SECRET, 0);
            String update = "{\"update_id\":92," + FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "hi") + "}";
            assertThat(post(server.port(), SECRET, update)).isEqualTo(503);
            assertThat(api.shown(Staff.ADMIN)).isEmpty();
            assertThat(post(server.port(), SECRET, update)).isEqualTo(200); // the store is back
            FakeBotApi.await(Duration.ofSeconds(5), () -> api.shown(Staff.ADMIN).size() == 1, "the reply");
            assertThat(logs.lines()).anyMatch(l -> l.contains("cannot check whether update 92 was handled"))
                    .allSatisfy(l -> assertThat(l).doesNotContain(FakeBotApi.TOKEN).doesNotContain(SECRET));
        }
    }

    @Test
    void an_update_handled_slower_than_telegram_waits_gets_503_and_its_second_delivery_has_no_effect()
            throws Exception {
        java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(), inbound -> {
            try {
                Thread.sleep(2500); // the test tuning waits 2 s
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handled.incrementAndGet();
            return java.util.List.of(com.repairbot.application.conversation.Outbound.text("done"));
        })) {
            WebhookServer server = h.channel.startWebhook(URI.create("https://bot.example.com/tg/hook"), SECRET, 0);
            String update = "{\"update_id\":93," + FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "slow") + "}";
            assertThat(post(server.port(), SECRET, update)).isEqualTo(503);
            assertThat(post(server.port(), SECRET, update)).isEqualTo(200); // still in progress: a duplicate
            h.settle(93);
            assertThat(post(server.port(), SECRET, update)).isEqualTo(200);
            h.settleQuiet();
            assertThat(handled).hasValue(1);
            assertThat(h.api.shown(Staff.ADMIN)).hasSize(1);
        }
    }

    /**
     * A second delivery of an update this instance is still handling was answered 200 as a duplicate: killed before
     * the first handling was recorded, the instance lost the update, since Telegram had its 200 and never delivered
     * it again (a dispatcher's choice of technician vanished in SeveralInstancesIT). It is now answered only once the
     * first handling is recorded, 503 until then.
     */
    @Test
    void a_second_delivery_of_an_update_still_being_handled_is_not_acknowledged_before_the_first_is_recorded()
            throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter(), inbound -> {
            try {
                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handled.incrementAndGet();
            return java.util.List.of(com.repairbot.application.conversation.Outbound.text("done"));
        })) {
            WebhookServer server = h.channel.startWebhook(URI.create("https://bot.example.com/tg/hook"), SECRET, 0);
            String update = "{\"update_id\":94," + FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "held") + "}";
            assertThat(post(server.port(), SECRET, update)).isEqualTo(503);

            assertThat(post(server.port(), SECRET, update)).as("in progress, not recorded: not acknowledged")
                    .isEqualTo(503);
            assertThat(h.processed.isProcessed(94)).isFalse();

            release.countDown();
            h.settle(94);
            assertThat(post(server.port(), SECRET, update)).isEqualTo(200);
            assertThat(handled).hasValue(1);
            assertThat(h.api.shown(Staff.ADMIN)).hasSize(1);
        }
    }

    /** Processed updates whose store is down for the first question. */
    private static final class FailingOnce extends ForwardingProcessedUpdates {
        private boolean failed;

        FailingOnce() {
            super(new InMemoryProcessedUpdates());
        }

        @Override
        public synchronized boolean markProcessed(long updateId, Instant at) {
            return super.markProcessed(updateId, at);
        }

        @Override
        public synchronized boolean markProcessed(OwedReplies owed, Instant at, String owner, Duration hold) {
            return super.markProcessed(owed, at, owner, hold);
        }

        @Override
        public synchronized boolean isProcessed(long updateId) {
            if (!failed) {
                failed = true;
                throw new StoreUnavailableException("redis is down", null);
            }
            return super.isProcessed(updateId);
        }
    }
}
