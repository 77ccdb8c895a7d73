package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The long poll's own calls (ADR 0037): JSON out, pengrad's updates in, on a connection of the loop's own. */
class PollsTest {

    private static final String TOKEN = "123:abc";
    private ServerSocket socket;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private TelegramApi api;

    @AfterEach
    void stop() throws IOException {
        if (api != null) {
            api.close();
        }
        if (socket != null) {
            socket.close();
        }
    }

    @Test
    void a_poll_whose_kept_connection_the_server_closed_meanwhile_is_made_again_at_once_on_a_new_one()
            throws Exception {
        // the server answers each poll, then closes the connection without saying so (as servers do to idle ones)
        serve(n -> "{\"ok\":true,\"result\":[{\"update_id\":" + (100 + n) + ","
                + FakeBotApi.text(501, 501, "poll " + n) + "}]}");
        try (TelegramApi.Polls polls = api.polls()) {
            GetUpdatesResponse first = polls.next(new GetUpdates().offset(100).timeout(0));
            GetUpdatesResponse second = polls.next(new GetUpdates().offset(101).timeout(0));

            assertThat(first.updates()).singleElement().satisfies(u -> assertThat(u.updateId()).isEqualTo(100));
            assertThat(first.updates().getFirst().message().text()).isEqualTo("poll 0");
            assertThat(second.updates()).singleElement().satisfies(u -> assertThat(u.updateId()).isEqualTo(101));
        }
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).contains("\"offset\":101").contains("\"timeout\":0");
        assertThat(accepted.get()).isEqualTo(2);
    }

    @Test
    void an_answer_gson_cannot_read_is_malformed_and_a_refusal_is_classified() throws Exception {
        serve(n -> n == 0 ? "{\"ok\":true,\"result\":[{\"update_id\":\"x\",\"message\":{\"date\":\"today\"}}]}"
                : "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates\"}");
        try (TelegramApi.Polls polls = api.polls()) {
            assertThatThrownBy(() -> polls.next(new GetUpdates().timeout(0)))
                    .isInstanceOfSatisfying(TelegramCallException.class,
                            e -> assertThat(e.kind()).isEqualTo(TelegramCallException.Kind.MALFORMED));
            assertThatThrownBy(() -> polls.next(new GetUpdates().timeout(0)))
                    .isInstanceOfSatisfying(TelegramCallException.class, e -> assertThat(e.errorCode()).isEqualTo(409));
        }
    }

    /** A server that answers each request with the next body and then closes the connection without a word. */
    private void serve(IntFunction<String> answers) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger served = new AtomicInteger();
        Thread.ofVirtual().start(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    accepted.incrementAndGet();
                    InputStream in = new BufferedInputStream(client.getInputStream());
                    int length = 0;
                    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                        if (header.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).trim());
                        }
                    }
                    bodies.add(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                    byte[] body = answers.apply(served.getAndIncrement()).getBytes(StandardCharsets.UTF_8);
                    client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    client.getOutputStream().write(body);
                    client.getOutputStream().flush();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        TelegramConfig config = new TelegramConfig(URI.create("http://127.0.0.1:" + socket.getLocalPort()), TOKEN,
                Duration.ofSeconds(1), 100);
        api = new TelegramApi(config, Harness.tuning(Harness.FAST));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return null;
    }
}
