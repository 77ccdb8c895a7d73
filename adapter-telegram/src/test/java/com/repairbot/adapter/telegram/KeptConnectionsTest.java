package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeptConnectionsTest {

    private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":7}}";

    private Server server;
    private KeptConnections connections;

    @AfterEach
    void stop() throws IOException {
        if (connections != null) {
            connections.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void calls_one_after_another_share_one_connection_and_send_the_method_and_body_as_given() throws Exception {
        server = new Server(n -> sized(200, OK));
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));

        for (int i = 0; i < 5; i++) {
            KeptConnections.Answer answer = connections.post("sendMessage", "{\"text\":\"привет " + i + "\"}");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(OK);
        }

        assertThat(server.accepted.get()).isEqualTo(1);
        assertThat(connections.opened()).isEqualTo(1);
        assertThat(server.requests).hasSize(5);
        assertThat(server.requests.get(0).line()).isEqualTo("POST /bot123:abc/sendMessage HTTP/1.1");
        assertThat(server.requests.get(4).body()).isEqualTo("{\"text\":\"привет 4\"}");
    }

    @Test
    void an_error_answer_is_read_like_any_other_and_keeps_the_connection() throws Exception {
        String refused = "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\","
                + "\"parameters\":{\"retry_after\":3}}";
        server = new Server(n -> n == 0 ? sized(429, refused) : sized(200, OK));
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));

        KeptConnections.Answer first = connections.post("sendMessage", "{}");
        KeptConnections.Answer second = connections.post("sendMessage", "{}");

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.body()).isEqualTo(refused);
        assertThat(second.body()).isEqualTo(OK);
        assertThat(server.accepted.get()).isEqualTo(1);
    }

    @Test
    void a_chunked_answer_is_read_whole() throws Exception {
        server = new Server(n -> "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                + "5\r\n{\"ok\"\r\n" + Integer.toHexString(OK.length() - 5) + ";x=1\r\n" + OK.substring(5)
                + "\r\n0\r\n\r\n");
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));

        assertThat(connections.post("editMessageText", "{}").body()).isEqualTo(OK);
        assertThat(connections.post("editMessageText", "{}").body()).isEqualTo(OK);
        assertThat(server.accepted.get()).isEqualTo(1);
    }

    @Test
    void an_answer_that_ends_with_its_connection_is_read_and_the_next_call_opens_another() throws Exception {
        server = new Server(n -> "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + OK, true);
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));

        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(server.accepted.get()).isEqualTo(2);
    }

    @Test
    void a_connection_idle_longer_than_servers_keep_it_is_not_reused() throws Exception {
        AtomicLong now = new AtomicLong();
        server = new Server(n -> sized(200, OK));
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5), now::get);

        connections.post("sendMessage", "{}");
        now.addAndGet(KeptConnections.IDLE.toNanos() - 1);
        connections.post("sendMessage", "{}");
        assertThat(server.accepted.get()).isEqualTo(1);
        now.addAndGet(KeptConnections.IDLE.toNanos());
        connections.post("sendMessage", "{}");

        assertThat(server.accepted.get()).isEqualTo(2);
    }

    @Test
    void a_call_whose_connection_closes_before_the_answer_fails_and_is_not_sent_again() throws Exception {
        server = new Server(n -> null);
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));

        assertThatThrownBy(() -> connections.post("sendMessage", "{\"text\":\"once\"}"))
                .isInstanceOf(IOException.class);

        assertThat(server.requests).hasSize(1);
        assertThat(server.accepted.get()).isEqualTo(1);
    }

    @Test
    void an_answer_slower_than_the_timeout_fails_the_call() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new Server(n -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return sized(200, OK);
        });
        connections = new KeptConnections(server.base(), Duration.ofMillis(200));

        assertThatThrownBy(() -> connections.post("sendMessage", "{}")).isInstanceOf(IOException.class);
        release.countDown();
    }

    @Test
    void an_answer_without_a_body_by_its_status_is_read_without_waiting_for_one() throws Exception {
        server = new Server(n -> n == 0 ? "HTTP/1.1 204 No Content\r\nDate: today\r\n\r\n" : sized(200, OK));
        connections = new KeptConnections(server.base(), Duration.ofSeconds(2));

        KeptConnections.Answer empty = connections.post("sendMessage", "{}");

        assertThat(empty.status()).isEqualTo(204);
        assertThat(empty.body()).isEmpty();
        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(server.accepted.get()).isEqualTo(1);
    }

    @Test
    void a_garbled_answer_fails_the_call() throws Exception {
        server = new Server(n -> "SMTP ready\r\n\r\n", true);
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));

        assertThatThrownBy(() -> connections.post("sendMessage", "{}")).isInstanceOf(IOException.class);
    }

    @Test
    void after_close_no_call_goes_out() throws Exception {
        server = new Server(n -> sized(200, OK));
        connections = new KeptConnections(server.base(), Duration.ofSeconds(5));
        connections.post("sendMessage", "{}");

        connections.close();

        assertThatThrownBy(() -> connections.post("sendMessage", "{}")).isInstanceOf(IOException.class);
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void a_long_poll_waits_longer_than_the_calls_timeout_when_asked_and_abort_cuts_it_at_once() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new Server(n -> {
            if (n == 1) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            } else if (n == 0) {
                try {
                    Thread.sleep(400); // longer than the calls' timeout, shorter than this poll's
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return sized(200, OK);
        });
        connections = new KeptConnections(server.base(), Duration.ofMillis(200));

        assertThat(connections.post("getUpdates", "{\"timeout\":1}", 1200).body()).isEqualTo(OK);
        CountDownLatch failed = new CountDownLatch(1);
        Thread poll = Thread.ofVirtual().start(() -> {
            try {
                connections.post("getUpdates", "{\"timeout\":30}", 31_000);
            } catch (IOException cut) {
                failed.countDown();
            }
        });
        FakeBotApi.await(Duration.ofSeconds(5), () -> server.requests.size() == 2, "the poll on the wire");

        connections.abort();

        assertThat(failed.await(5, TimeUnit.SECONDS)).as("the poll failed once aborted").isTrue();
        poll.join();
        release.countDown();
        assertThatThrownBy(() -> connections.post("getUpdates", "{}")).isInstanceOf(IOException.class);
    }

    private static String sized(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\n\r\n" + body;
    }

    record Request(String line, String body) {
    }

    /** A server that reads HTTP/1.1 requests with a Content-Length and writes scripted answers (null: close). */
    private static final class Server implements AutoCloseable {
        private final ServerSocket socket;
        private final IntFunction<String> answers;
        private final boolean closeAfterEach;
        private final List<Request> requests = new CopyOnWriteArrayList<>();
        private final AtomicInteger accepted = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        Server(IntFunction<String> answers) throws IOException {
            this(answers, false);
        }

        Server(IntFunction<String> answers, boolean closeAfterEach) throws IOException {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            this.answers = answers;
            this.closeAfterEach = closeAfterEach;
            Thread.ofVirtual().start(this::accept);
        }

        URI base() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/bot123:abc/");
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    accepted.incrementAndGet();
                    open.add(client);
                    Thread.ofVirtual().start(() -> serve(client));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void serve(Socket client) {
            try (client) {
                InputStream in = new BufferedInputStream(client.getInputStream());
                OutputStream out = client.getOutputStream();
                while (true) {
                    String line = line(in);
                    if (line == null) {
                        return;
                    }
                    int length = 0;
                    for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                        if (header.toLowerCase().startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(15).trim());
                        }
                    }
                    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                    int index = requests.size();
                    requests.add(new Request(line, body));
                    String answer = answers.apply(index);
                    if (answer == null) {
                        return;
                    }
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    if (closeAfterEach) {
                        return;
                    }
                }
            } catch (IOException gone) {
                // the client went away
            }
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

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket client : open) {
                client.close();
            }
        }
    }
}
