package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Twelve slow unauthenticated connections (headers sent a few bytes at a time, never finished) once took all
 * eight webhook threads, and Telegram's deliveries waited behind them. Each request now has a virtual thread of
 * its own, so however many such connections are open, a real delivery is read, checked and answered at once.
 */
class SlowWebhookClientsDoNotBlockDeliveriesIT {

    @Test
    void a_delivery_is_answered_while_twenty_slow_clients_hold_their_connections_open() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter())) {
            WebhookServer server = h.channel.startWebhook(URI.create("https://bot.example.com/tg/hook"),
                    WebhookIT.SECRET, 0);
            for (int i = 0; i < 20; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                OutputStream out = socket.getOutputStream();
                out.write("POST /tg/hook HTTP/1.1\r\nHost: x\r\nX-Telegram-Bot-Api-Secret-To"
                        .getBytes(StandardCharsets.US_ASCII)); // and then nothing more
                out.flush();
                slow.add(socket);
            }
            Thread.sleep(200); // every slow request is being read by now

            long start = System.nanoTime();
            String update = "{\"update_id\":95," + FakeBotApi.text(Staff.ADMIN, Staff.ADMIN, "/start") + "}";
            assertThat(WebhookIT.post(server.port(), WebhookIT.SECRET, update)).isEqualTo(200);
            // blocked, it would wait for the slow clients, who never finish (the post gives up after 10 s); the
            // bound is loose because the machine may be busy
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));

            h.settle(95);
            assertThat(h.lastText(Staff.ADMIN)).contains("Главное меню");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }
}
