package com.repairbot.adapter.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;

/**
 * The dialog's saves written to Redis by the thread that makes them, on a blocking socket of its own (ADR 0041).
 *
 * <p>Through Lettuce a save was handed to its I/O thread (a task queued, the event loop woken), written there,
 * answered there, and handed back (the lane parked, then woken): in the load rig Lettuce's I/O thread alone was
 * 12 % of the bot's CPU and the lane's hand-over and wait another 4 %, for two {@code SET}s per step. Here the
 * lane writes the commands (RESP arrays of bulk strings, encoded here: Lettuce's encoder, writing a dialog's JSON
 * character by character into a ByteBuf, was 3 % of the bot's CPU on its own) in one {@code write}, and reads the
 * answers on the same socket. Everything else (reads, scripts, locks) stays on Lettuce's connection.
 *
 * <p>The rules of {@link RedisConnection} hold (ADR 0009): every command has the command timeout; a connection that
 * failed or timed out is closed, never reused; after a failed connect the next attempt waits a second and calls
 * meanwhile fail at once; failures are {@link RedisException}s the caller turns into its typed error. Only what a
 * plain TCP connection can do is done here: a {@code rediss://} (TLS), Sentinel or socket-file URL keeps Lettuce's
 * path ({@link #of} is empty).
 */
final class RedisDirectLine implements AutoCloseable {

    private static final long RETRY_CONNECT_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** More than the lanes that save at once: past it a returned socket is closed instead of kept. */
    private static final int MOST_KEPT = 16;

    private final String host;
    private final int port;
    private final int timeoutMillis;
    /** AUTH and SELECT, written first on every new socket; empty when the URL asks for neither. */
    private final byte[] hello;
    private final int helloAnswers;
    private final ConcurrentLinkedDeque<Line> idle = new ConcurrentLinkedDeque<>();
    private final Object connecting = new Object();
    private volatile boolean closed;
    /** Guarded by {@link #connecting}: until when a failed connect is not tried again. */
    private long nextAttemptNanos;
    private RedisException lastConnectFailure;

    private RedisDirectLine(RedisURI uri, Duration timeout) {
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.timeoutMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Bytes first = new Bytes(64);
        int answers = 0;
        var credentials = uri.getCredentialsProvider().resolveCredentials().block(Duration.ofSeconds(1));
        if (credentials != null && credentials.hasPassword()) {
            String password = new String(credentials.getPassword());
            first.command(credentials.hasUsername() ? List.of("AUTH", credentials.getUsername(), password)
                    : List.of("AUTH", password));
            answers++;
        }
        if (uri.getDatabase() != 0) {
            first.command(List.of("SELECT", Integer.toString(uri.getDatabase())));
            answers++;
        }
        this.hello = first.copy();
        this.helloAnswers = answers;
    }

    /** @return a line for {@code uri}, or empty when it needs more than a plain TCP connection (TLS, Sentinel, a socket file) */
    static Optional<RedisDirectLine> of(RedisURI uri, Duration timeout) {
        if (uri.isSsl() || uri.getHost() == null || !uri.getSentinels().isEmpty() || uri.getSocket() != null) {
            return Optional.empty();
        }
        return Optional.of(new RedisDirectLine(uri, timeout));
    }

    /**
     * Writes the commands in one write and reads their answers, in order (not atomic: as Lettuce's pipelining).
     *
     * @throws RedisException when Redis cannot be reached, is too slow, or refuses a command
     */
    void pipelined(List<List<String>> commands) {
        Line line = borrow();
        boolean reusable = false;
        try {
            line.out.clear();
            for (List<String> words : commands) {
                line.out.command(words);
            }
            line.write();
            RedisException refused = null;
            for (int i = 0; i < commands.size(); i++) {
                String error = line.readAnswer();
                if (error != null && refused == null) {
                    refused = new RedisException(error);
                }
            }
            reusable = true; // every answer was read: the socket is ready for the next call, even after an -ERR
            if (refused != null) {
                throw refused;
            }
        } catch (SocketTimeoutException slow) {
            throw new RedisException("timed out after " + timeoutMillis + " ms", slow);
        } catch (IOException failed) {
            throw new RedisException("connection lost: " + failed.getMessage(), failed);
        } finally {
            if (reusable) {
                giveBack(line);
            } else {
                line.close();
            }
        }
    }

    private Line borrow() {
        if (closed) {
            throw new RedisException("closed");
        }
        Line kept = idle.pollFirst();
        return kept != null ? kept : open();
    }

    private void giveBack(Line line) {
        if (closed || idle.size() >= MOST_KEPT) {
            line.close();
            return;
        }
        idle.addFirst(line);
        if (closed) { // closed meanwhile: close() may have drained the deque before this line went in
            closeIdle();
        }
    }

    private Line open() {
        synchronized (connecting) {
            if (lastConnectFailure != null && System.nanoTime() - nextAttemptNanos < 0) {
                throw new RedisException(lastConnectFailure.getMessage(), lastConnectFailure.getCause());
            }
        }
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            Line line = new Line(socket);
            if (helloAnswers > 0) {
                line.out.clear();
                line.out.add(hello, hello.length);
                line.write();
                for (int i = 0; i < helloAnswers; i++) {
                    String error = line.readAnswer();
                    if (error != null) {
                        throw new IOException(error); // a wrong password or database: Redis's words, no secret
                    }
                }
            }
            synchronized (connecting) {
                lastConnectFailure = null;
            }
            return line;
        } catch (IOException failed) {
            closeQuietly(socket);
            RedisException failure = new RedisException("cannot connect to " + host + ":" + port + ": "
                    + failed.getMessage());
            synchronized (connecting) {
                lastConnectFailure = failure;
                nextAttemptNanos = System.nanoTime() + RETRY_CONNECT_AFTER_NANOS;
            }
            throw failure;
        }
    }

    @Override
    public void close() {
        closed = true;
        closeIdle();
    }

    private void closeIdle() {
        for (Line line = idle.pollFirst(); line != null; line = idle.pollFirst()) {
            line.close();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that failed: nothing more to do
        }
    }

    /** One socket, its buffered input and the buffer commands are encoded into (one thread at a time). */
    private static final class Line {
        private final Socket socket;
        private final OutputStream output;
        private final InputStream input;
        final Bytes out = new Bytes(512);
        private final StringBuilder text = new StringBuilder(64);

        Line(Socket socket) throws IOException {
            this.socket = socket;
            this.output = socket.getOutputStream();
            this.input = new BufferedInputStream(socket.getInputStream(), 1024);
        }

        void write() throws IOException {
            output.write(out.array, 0, out.length);
        }

        /**
         * Reads one answer whole, whatever its type.
         *
         * @return Redis's error text for an error answer ({@code -ERR ...}), else null
         */
        String readAnswer() throws IOException {
            int type = read();
            String line = readLine();
            switch (type) {
                case '+', ':' -> {
                    return null;
                }
                case '-' -> {
                    return line;
                }
                case '$' -> {
                    long length = Long.parseLong(line);
                    if (length >= 0) {
                        skip(length + 2);
                    }
                    return null;
                }
                case '*' -> {
                    long count = Long.parseLong(line);
                    String error = null;
                    for (long i = 0; i < count; i++) {
                        String inner = readAnswer();
                        error = error == null ? inner : error;
                    }
                    return error;
                }
                default -> throw new IOException("not a Redis answer (type byte " + type + ")");
            }
        }

        private int read() throws IOException {
            int b = input.read();
            if (b < 0) {
                throw new IOException("Redis closed the connection");
            }
            return b;
        }

        private String readLine() throws IOException {
            text.setLength(0);
            for (int b = read(); b != '\r'; b = read()) {
                text.append((char) b);
            }
            if (read() != '\n') {
                throw new IOException("a Redis answer line without its line feed");
            }
            return text.toString();
        }

        private void skip(long count) throws IOException {
            for (long left = count; left > 0; ) {
                long skipped = input.skip(left);
                if (skipped <= 0) {
                    read();
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        void close() {
            closeQuietly(socket);
        }
    }

    /** A growing byte array that commands are written into as RESP: {@code *n}, then {@code $len word} per word. */
    private static final class Bytes {
        private static final byte[] CRLF = {'\r', '\n'};
        byte[] array;
        int length;

        Bytes(int capacity) {
            this.array = new byte[capacity];
        }

        void clear() {
            length = 0;
        }

        void command(List<String> words) {
            header('*', words.size());
            for (String word : words) {
                byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                header('$', bytes.length);
                add(bytes, bytes.length);
                add(CRLF, 2);
            }
        }

        private void header(char type, int count) {
            room(16);
            array[length++] = (byte) type;
            if (count == 0) {
                array[length++] = '0';
            } else {
                int digits = 0;
                for (int n = count; n > 0; n /= 10) {
                    digits++;
                }
                for (int i = digits - 1, n = count; i >= 0; i--, n /= 10) {
                    array[length + i] = (byte) ('0' + n % 10);
                }
                length += digits;
            }
            array[length++] = '\r';
            array[length++] = '\n';
        }

        void add(byte[] bytes, int count) {
            room(count);
            System.arraycopy(bytes, 0, array, length, count);
            length += count;
        }

        byte[] copy() {
            return Arrays.copyOf(array, length);
        }

        private void room(int more) {
            if (length + more > array.length) {
                array = Arrays.copyOf(array, Math.max(array.length * 2, length + more));
            }
        }
    }
}
