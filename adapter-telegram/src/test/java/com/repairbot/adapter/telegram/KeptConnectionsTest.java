package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptConnectionsTest {

    private static final String OK = "{\"ok\":true,\"result\":{\"message_id\":7}}";
    private static final String PAUSE = "\u0000";
    private static final Duration PAUSE_LENGTH = Duration.ofMillis(700);

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

    // Issue 19: the sockets have no timeout of their own (a timed read polls); Deadlines keeps the timeouts. The tests
    // below pin what a caller sees, which was the same with SO_TIMEOUT.

    @Test
    void a_server_that_never_answers_fails_the_call_after_the_timeout_as_a_read_timeout_and_the_connection_is_dropped()
            throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new Server(n -> {
            if (n == 0) {
                await(release);
            }
            return sized(200, OK);
        });
        connections = new KeptConnections(server.base(), Duration.ofMillis(300));
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> connections.post("sendMessage", "{}"))
                    .isExactlyInstanceOf(SocketTimeoutException.class).hasMessage("Read timed out");
            assertThat(millisSince(start)).isBetween(300L, 3_000L);

            assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
            assertThat(server.accepted.get()).as("the second call on a new connection").isEqualTo(2);
            assertThat(connections.opened()).isEqualTo(2);
        } finally {
            release.countDown();
        }
    }

    @Test
    void an_answer_slower_than_usual_but_within_the_timeout_is_read_and_its_connection_kept() throws Exception {
        server = new Server(n -> {
            sleep(Duration.ofMillis(400));
            return sized(200, OK);
        });
        connections = new KeptConnections(server.base(), Duration.ofMillis(1_500));

        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(server.accepted.get()).isEqualTo(1);
    }

    @Test
    void the_timeout_bounds_each_wait_for_the_answer_not_the_whole_answer() throws Exception {
        // each part within the timeout, the whole (1.4 s) longer: read, as with a timeout on the socket
        server = new Server(n -> "HTTP/1.1 200 OK\r\n" + PAUSE + "Content-Length: " + OK.length() + "\r\n\r\n" + PAUSE
                + OK);
        connections = new KeptConnections(server.base(), Duration.ofMillis(1_200));

        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
        assertThat(server.accepted.get()).isEqualTo(1);
    }

    @Test
    void calls_at_the_same_time_get_their_own_answers_while_another_waits_out_its_timeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new Server(n -> {
            Request request = server.requests.get(n);
            if (request.body().contains("never")) {
                await(release);
            }
            return echo(request);
        });
        connections = new KeptConnections(server.base(), Duration.ofMillis(1_000));
        try {
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(1);
            Thread.ofPlatform().start(() -> {
                try {
                    connections.post("sendMessage", "{\"never\":1}");
                } catch (IOException expected) {
                    failures.add(expected);
                } finally {
                    done.countDown();
                }
            });
            List<Thread> senders = new ArrayList<>();
            AtomicInteger answered = new AtomicInteger();
            for (int t = 0; t < 6; t++) {
                int sender = t;
                senders.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < 40; i++) {
                        int id = sender * 1_000 + i;
                        try {
                            String body = connections.post("sendMessage", "{\"id\":" + id + "}").body();
                            assertThat(body).contains("\"message_id\":" + id + "}");
                            answered.incrementAndGet();
                        } catch (IOException | AssertionError failed) {
                            failures.add(failed);
                        }
                    }
                }));
            }
            for (Thread sender : senders) {
                sender.join();
            }
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

            assertThat(answered.get()).isEqualTo(240);
            assertThat(failures).singleElement().isInstanceOf(SocketTimeoutException.class);
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_call_is_never_cut_before_its_timeout_nor_given_the_answer_of_the_call_before_it() throws Exception {
        // answers come around the timeout: calls end just before and just after their deadlines, connections go back
        // to the pool and are taken again while the deadlines are looked at
        server = new Server(n -> {
            sleep(Duration.ofMillis(ThreadLocalRandom.current().nextLong(40, 160)));
            return echo(server.requests.get(n));
        });
        connections = new KeptConnections(server.base(), Duration.ofMillis(100));
        List<Throwable> wrong = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger timedOut = new AtomicInteger();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int sender = t;
            senders.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 30; i++) {
                    int id = sender * 1_000 + i;
                    long start = System.nanoTime();
                    try {
                        String body = connections.post("sendMessage", "{\"id\":" + id + "}").body();
                        if (!body.contains("\"message_id\":" + id + "}")) {
                            wrong.add(new AssertionError("call " + id + " was given " + body));
                        }
                        answered.incrementAndGet();
                    } catch (SocketTimeoutException slow) {
                        if (millisSince(start) < 100) {
                            wrong.add(new AssertionError("call " + id + " cut after " + millisSince(start) + " ms"));
                        }
                        timedOut.incrementAndGet();
                    } catch (IOException other) {
                        wrong.add(other);
                    }
                }
            }));
        }
        for (Thread sender : senders) {
            sender.join();
        }

        assertThat(wrong).isEmpty();
        assertThat(answered.get() + timedOut.get()).isEqualTo(120);
        assertThat(answered.get()).as("answers within the timeout").isPositive();
    }

    @Test
    void a_connect_the_server_never_takes_fails_after_the_timeout_as_a_connect_timeout() throws Exception {
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // nothing accepted: once its queue is full, the kernel drops further connection requests
            List<Socket> queued = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket waiting = new Socket();
                    queued.add(waiting);
                    try {
                        waiting.connect(full.getLocalSocketAddress(), 200);
                    } catch (SocketTimeoutException queueFull) {
                        break;
                    }
                }
                connections = new KeptConnections(URI.create("http://127.0.0.1:" + full.getLocalPort() + "/bot1:a/"),
                        Duration.ofMillis(300));

                long start = System.nanoTime();
                assertThatThrownBy(() -> connections.post("sendMessage", "{}"))
                        .isExactlyInstanceOf(SocketTimeoutException.class).hasMessage("Connect timed out");
                assertThat(millisSince(start)).isBetween(300L, 3_000L);
                assertThat(connections.opened()).isZero();
            } finally {
                for (Socket waiting : queued) {
                    waiting.close();
                }
            }
        }
    }

    @Test
    void a_request_the_server_does_not_read_fails_after_the_timeout_instead_of_waiting_forever() throws Exception {
        // the write had no timeout: a server that stopped reading held the sender until the server went away
        try (ServerSocket deaf = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(deaf.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            try {
                connections = new KeptConnections(URI.create("http://127.0.0.1:" + deaf.getLocalPort() + "/bot1:a/"),
                        Duration.ofMillis(500));
                String large = "{\"text\":\"" + "x".repeat(32 << 20) + "\"}"; // more than the sockets' buffers hold

                long start = System.nanoTime();
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
                        () -> connections.post("sendMessage", large))
                        .isExactlyInstanceOf(SocketTimeoutException.class).hasMessage("Write timed out"));
                assertThat(millisSince(start)).isGreaterThanOrEqualTo(500L);
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    // Telegram's Bot API is reached over TLS: the timeout cuts the TCP socket under the TLS layer

    @Test
    void over_tls_calls_share_a_connection_and_an_answer_that_does_not_come_fails_after_the_timeout(
            @TempDir Path folder) throws Exception {
        SSLContext tls = selfSigned(folder);
        CountDownLatch release = new CountDownLatch(1);
        server = new Server(tls.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                n -> {
                    if (n == 2) {
                        await(release);
                    }
                    return sized(200, OK);
                }, false);
        connections = new KeptConnections(server.base(), Duration.ofMillis(400), System::nanoTime,
                tls.getSocketFactory());
        try {
            assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
            assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
            assertThat(server.accepted.get()).isEqualTo(1);

            long start = System.nanoTime();
            assertThatThrownBy(() -> connections.post("sendMessage", "{}"))
                    .isExactlyInstanceOf(SocketTimeoutException.class).hasMessage("Read timed out");
            assertThat(millisSince(start)).isBetween(400L, 3_000L);

            assertThat(connections.post("sendMessage", "{}").body()).isEqualTo(OK);
            assertThat(server.accepted.get()).as("the last call on a new connection").isEqualTo(2);
        } finally {
            release.countDown();
        }
    }

    @Test
    void a_tls_handshake_the_server_never_answers_fails_after_the_timeout() throws Exception {
        try (ServerSocket mute = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(mute.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            try {
                connections = new KeptConnections(URI.create("https://127.0.0.1:" + mute.getLocalPort() + "/bot1:a/"),
                        Duration.ofMillis(400));

                long start = System.nanoTime();
                assertThatThrownBy(() -> connections.post("sendMessage", "{}"))
                        .isInstanceOf(SocketTimeoutException.class).hasMessage("Read timed out");
                assertThat(millisSince(start)).isBetween(400L, 3_000L);
                assertThat(connections.opened()).isZero();
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    /** A TLS context whose key and only trusted certificate is one made now for 127.0.0.1 (by keytool). */
    private static SSLContext selfSigned(Path folder) throws Exception {
        Path store = folder.resolve("tls.p12");
        char[] password = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                store.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(said).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, password);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static void await(CountDownLatch release) {
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** An answer with the message id the request's body asked for ({@code {"id":N}}). */
    private static String echo(Request request) {
        String id = request.body().replaceAll("\\D", "");
        return sized(200, "{\"ok\":true,\"result\":{\"message_id\":" + id + "}}");
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static String sized(int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "HTTP/1.1 " + status + " Whatever\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\n\r\n" + body;
    }

    record Request(String line, String body) {
    }

    /**
     * A server that reads HTTP/1.1 requests with a Content-Length and writes scripted answers (null: close), numbered
     * in the order they arrived; an answer is written in parts, {@link #PAUSE_LENGTH} apart, where it has a
     * {@link #PAUSE}.
     */
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
            this(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), answers, closeAfterEach);
        }

        /** @param socket listening already (a TLS server socket: the answers go over TLS) */
        Server(ServerSocket socket, IntFunction<String> answers, boolean closeAfterEach) {
            this.socket = socket;
            this.answers = answers;
            this.closeAfterEach = closeAfterEach;
            Thread.ofVirtual().start(this::accept);
        }

        URI base() {
            String scheme = socket instanceof SSLServerSocket ? "https" : "http";
            return URI.create(scheme + "://127.0.0.1:" + socket.getLocalPort() + "/bot123:abc/");
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
                    int index;
                    synchronized (requests) {
                        index = requests.size();
                        requests.add(new Request(line, body));
                    }
                    String answer = answers.apply(index);
                    if (answer == null) {
                        return;
                    }
                    String[] parts = answer.split(PAUSE, -1);
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) {
                            sleep(PAUSE_LENGTH);
                        }
                        out.write(parts[i].getBytes(StandardCharsets.UTF_8));
                        out.flush();
                    }
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
