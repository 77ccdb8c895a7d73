package com.repairbot.adapter.telegram;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Bot API calls on {@link KeptConnections} against a loopback server in another process, for counting the system
 * calls a call costs (issue 19): {@code serve <port> <delay µs>} answers every POST with a sendMessage result, after
 * the delay (Telegram's answer takes tens of milliseconds: with none, a traced caller is so slow that the answer is
 * there before it reads);
 * {@code call <port> <calls> <threads>} makes the calls, each thread on its own kept connection, the way the
 * senders do. Run the caller under {@code strace -f -c} twice, with two numbers of calls: the difference divided
 * by the difference in calls is what one call costs, without the JVM's start-up (docs/benchmarks.md, "Issue 19:
 * answers read without a poll").
 */
public final class KeptConnectionsCalls {

    private static final byte[] ANSWER = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 37"
            + "\r\n\r\n{\"ok\":true,\"result\":{\"message_id\":7}}").getBytes(StandardCharsets.ISO_8859_1);

    private KeptConnectionsCalls() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        if (args[0].equals("serve")) {
            serve(port, Long.parseLong(args[2]) * 1000);
        } else {
            call(port, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        }
    }

    /**
     * Makes the calls, {@code calls / threads} on each thread, each thread on its own kept connection.
     *
     * @return how many connections were opened for them
     */
    static int call(int port, int calls, int threads) throws Exception {
        URI base = URI.create("http://127.0.0.1:" + port + "/bot123:abc/");
        try (KeptConnections connections = new KeptConnections(base, Duration.ofSeconds(20))) {
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                callers.add(Thread.ofPlatform().name("telegram-send-" + (t + 1)).start(() -> {
                    try {
                        for (int i = 0; i < calls / threads; i++) {
                            connections.post("sendMessage", "{\"chat_id\":700000001,\"text\":\"Готово\"}");
                        }
                    } catch (IOException failed) {
                        throw new IllegalStateException(failed);
                    }
                }));
            }
            for (Thread caller : callers) {
                caller.join();
            }
            int opened = connections.opened();
            System.out.println(calls + " calls on " + opened + " connections");
            return opened;
        }
    }

    private static void serve(int port, long delayNanos) throws IOException {
        serve(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()), delayNanos);
    }

    /** Answers every connection the server accepts, each on a thread of its own, until the server is closed. */
    static void serve(ServerSocket server, long delayNanos) throws IOException {
        try (server) {
            while (!server.isClosed()) {
                Socket client = server.accept();
                Thread.ofPlatform().daemon(true).start(() -> answer(client, delayNanos));
            }
        } catch (IOException closed) {
            if (!server.isClosed()) {
                throw closed;
            }
        }
    }

    private static void answer(Socket client, long delayNanos) {
        try (client) {
            client.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                int length = -1;
                for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                    if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                if (length < 0) {
                    return;
                }
                in.readNBytes(length);
                if (delayNanos > 0) {
                    LockSupport.parkNanos(delayNanos);
                }
                out.write(ANSWER);
                out.flush();
            }
        } catch (IOException gone) {
            // the caller went away
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return null;
    }
}
