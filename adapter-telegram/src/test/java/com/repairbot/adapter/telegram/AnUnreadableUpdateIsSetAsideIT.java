package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One update that cannot be read (a date or a message id as text, broken JSON) once made every
 * getUpdates fail, so no update after it was ever handled. Now it is set aside with one WARN line naming its
 * id, counted, confirmed with the rest, and the others are handled.
 */
class AnUnreadableUpdateIsSetAsideIT {

    private static final long CHAT = Staff.ADMIN;

    @Test
    void updates_with_a_date_as_text_or_a_message_id_as_text_are_set_aside_and_the_rest_handled()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            long dateAsText = h.api.enqueue("\"message\":{\"message_id\":1,\"date\":\"2026-12-02T03:00\","
                    + "\"from\":{\"id\":" + CHAT + ",\"is_bot\":false,\"first_name\":\"A\"},"
                    + "\"chat\":{\"id\":" + CHAT + ",\"type\":\"private\"},\"text\":\"/start\"}");
            long textId = h.api.enqueue("\"message\":{\"message_id\":\"abc\",\"date\":1700000000,"
                    + "\"from\":{\"id\":" + CHAT + ",\"is_bot\":false,\"first_name\":\"A\"},"
                    + "\"chat\":{\"id\":" + CHAT + ",\"type\":\"private\"},\"text\":\"/start\"}");
            long fine = h.api.enqueue(FakeBotApi.text(CHAT, CHAT, "/start"));
            h.polling();

            h.settle(fine);
            h.settleAll();

            assertThat(h.lastText(CHAT)).contains("Главное меню");
            assertThat(h.api.shown(CHAT)).hasSize(1);
            assertThat(h.channel.pollingOffset()).isGreaterThan(fine);
            assertThat(h.logs.lines()).filteredOn(l -> l.startsWith("WARN") && l.contains("set aside"))
                    .hasSize(2)
                    .anyMatch(l -> l.contains("update " + dateAsText + " "))
                    .anyMatch(l -> l.contains("update " + textId + " "));
        }
    }

    @Test
    void a_webhook_body_that_is_no_update_is_set_aside_and_acknowledged() throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            WebhookServer server = h.channel.startWebhook(URI.create("https://bot.example.com/tg/hook"),
                    WebhookIT.SECRET, 0);
            assertThat(WebhookIT.post(server.port(), WebhookIT.SECRET, "{\"update_id\":777,\"message\":{\"mess"))
                    .isEqualTo(200);
            String fine = "{\"update_id\":778," + FakeBotApi.text(CHAT, CHAT, "/start") + "}";
            assertThat(WebhookIT.post(server.port(), WebhookIT.SECRET, fine)).isEqualTo(200);
            h.settle(778);

            assertThat(h.lastText(CHAT)).contains("Главное меню");
            FakeBotApi.await(Duration.ofSeconds(2), () -> h.logs.lines().stream()
                    .anyMatch(l -> l.startsWith("WARN") && l.contains("update 777 ") && l.contains("set aside")),
                    "the line that names it");
        }
    }
}
