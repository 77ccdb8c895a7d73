package com.repairbot.adapter.telegram;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The hot calls' HTTP/1.1: a JSON body POSTed to one host on a connection kept alive between calls, read on the
 * calling thread (ADR 0035). What OkHttp does around each call (an interceptor chain, and above all its pool
 * waking its clean-up task at every release: about a tenth of the bot's CPU under the load rig) is more than
 * these calls need: one host, one method, bodies of a few hundred bytes, answers read whole.
 *
 * <p>It never retries on its own: a call that fails, on a new or a kept connection, is an {@link IOException}
 * for the caller's retry rule, as OkHttp with {@code retryOnConnectionFailure(false)} did. A connection idle
 * longer than {@link #IDLE} is closed rather than reused (servers close idle keep-alive connections after a few
 * seconds: Node's 5 s, nginx's 75 s), which keeps a request from being written into a connection the server is
 * closing. Answers may be sized ({@code Content-Length}), chunked, or end with the connection.
 *
 * <p>The long poll has an instance of its own (ADR 0037): its calls wait as long as the poll asks
 * ({@link #post(String, String, int)}), and a stop cuts the call on the wire ({@link #abort()}). Not done here: a
 * proxy (OkHttp then), gzip, HTTP/2, redirects.
 *
 * <p>Its sockets have no timeout of their own: a timeout on a socket makes the JDK read it as read, poll, read, and
 * the timeouts are kept by {@link Deadlines} instead (issue 19: 4 → 2 system calls per call). So a socket is also
 * connected without a timeout (a timed connect leaves it non-blocking for good) and the connect's deadline is kept
 * the same way.
 */
final class KeptConnections implements AutoCloseable {

    /** A kept connection idle longer than this is closed, not reused. */
    static final Duration IDLE = Duration.ofSeconds(4);
    private static final int MOST_IDLE = 32;
    private static final int LONGEST_HEADER_LINE = 8192;
    private static final int LARGEST_BODY = 16 * 1024 * 1024;

    /** An answer: its HTTP status and its body. */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final boolean tls;
    private final String pathPrefix;
    private final String hostHeader;
    private final long connectTimeoutNanos;
    private final int readTimeoutMillis;
    private final LongSupplier nanos;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger opened = new AtomicInteger();
    /** The calls on the wire, with their timeouts: {@link #abort()} closes their connections. */
    private final Deadlines deadlines;
    private final SSLSocketFactory tlsSockets;
    private volatile boolean closed;

    /**
     * @param base    the URL every method name is appended to ({@code http(s)://host[:port]/bot<token>/})
     * @param timeout the connect timeout, and the longest wait for the write of a request and for each read of an
     *                answer
     */
    KeptConnections(URI base, Duration timeout) {
        this(base, timeout, System::nanoTime);
    }

    KeptConnections(URI base, Duration timeout, LongSupplier nanos) {
        this(base, timeout, nanos, null);
    }

    /** @param tlsSockets makes the TLS sockets; {@code null}: the JVM's default (its trusted certificates) */
    KeptConnections(URI base, Duration timeout, LongSupplier nanos, SSLSocketFactory tlsSockets) {
        this.tls = "https".equalsIgnoreCase(base.getScheme());
        this.host = base.getHost();
        this.port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        this.pathPrefix = path.endsWith("/") ? path : path + "/";
        this.hostHeader = base.getPort() > 0 ? host + ":" + port : host;
        this.connectTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        this.readTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.nanos = nanos;
        this.deadlines = new Deadlines(timeout);
        this.tlsSockets = tlsSockets;
    }

    /**
     * @return whether calls to {@code uri} go straight to its host (no proxy chosen by the JVM's settings): only
     *     then is this transport used
     */
    static boolean direct(URI uri) {
        ProxySelector selector = ProxySelector.getDefault();
        if (selector == null) {
            return true;
        }
        List<Proxy> proxies = selector.select(uri);
        return proxies.isEmpty() || proxies.stream().allMatch(p -> p.type() == Proxy.Type.DIRECT);
    }

    /**
     * POSTs {@code json} to {@code method} and reads the whole answer.
     *
     * @throws IOException when the call failed on the way (its request may or may not have arrived)
     */
    Answer post(String method, String json) throws IOException {
        return post(method, json, readTimeoutMillis);
    }

    /**
     * As {@link #post(String, String)}, waiting up to {@code readTimeoutMillis} for each read of the answer (a long
     * poll's answer comes when Telegram has updates, or at the poll's timeout).
     */
    Answer post(String method, String json, int readTimeoutMillis) throws IOException {
        if (closed) {
            throw new IOException("closed");
        }
        Connection connection = take();
        long timeout = TimeUnit.MILLISECONDS.toNanos(readTimeoutMillis);
        Deadlines.Call call = deadlines.begin(connection.plain, timeout, "Write timed out");
        boolean reusable = false;
        try {
            if (closed) {
                throw new IOException("closed");
            }
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            connection.write(call, request(method, body.length), body);
            call.expect(timeout, "Read timed out");
            Answer answer = connection.read(call);
            reusable = connection.keepAlive;
            return answer;
        } catch (IOException failed) {
            throw call.end() ? failed : timedOut(call, failed);
        } finally {
            // a call cut after its answer was read keeps its answer, not its connection (closed by the cut)
            if (call.end() && reusable && !closed) {
                connection.lastUsed = nanos.getAsLong();
                idle.addFirst(connection);
                trim();
            } else {
                connection.close();
            }
        }
    }

    private static SocketTimeoutException timedOut(Deadlines.Call call, IOException cut) {
        SocketTimeoutException timedOut = call.timedOut();
        timedOut.initCause(cut);
        return timedOut;
    }

    /** @return how many connections were opened so far (for tests) */
    int opened() {
        return opened.get();
    }

    private byte[] request(String method, int length) {
        String head = "POST " + pathPrefix + method + " HTTP/1.1\r\nHost: " + hostHeader
                + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + length
                + "\r\nConnection: keep-alive\r\n\r\n";
        return head.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Connection take() throws IOException {
        long now = nanos.getAsLong();
        Connection kept;
        while ((kept = idle.pollFirst()) != null) {
            if (now - kept.lastUsed < IDLE.toNanos()) {
                return kept;
            }
            kept.close();
        }
        return open();
    }

    /** Closes what is idle beyond {@link #MOST_IDLE}, oldest first, and what was idle too long. */
    private void trim() {
        while (idle.size() > MOST_IDLE) {
            Connection oldest = idle.pollLast();
            if (oldest == null) {
                return;
            }
            oldest.close();
        }
        long now = nanos.getAsLong();
        Connection oldest = idle.peekLast();
        if (oldest != null && now - oldest.lastUsed >= IDLE.toNanos() && idle.removeLastOccurrence(oldest)) {
            oldest.close();
        }
    }

    private Connection open() throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        Socket plain = new Socket();
        Deadlines.Call call = deadlines.begin(plain, connectTimeoutNanos, "Connect timed out");
        Socket socket = plain;
        try {
            if (closed) {
                throw new IOException("closed");
            }
            plain.setTcpNoDelay(true);
            plain.connect(address); // its timeout is the call's: a timed connect would leave the socket non-blocking
            if (tls) {
                call.expect(TimeUnit.MILLISECONDS.toNanos(readTimeoutMillis), "Read timed out");
                SSLSocketFactory factory = tlsSockets != null ? tlsSockets
                        : (SSLSocketFactory) SSLSocketFactory.getDefault();
                SSLSocket secure = (SSLSocket) factory.createSocket(plain, host, port, true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
                secure.setSSLParameters(parameters);
                secure.startHandshake();
                socket = secure;
            }
            if (!call.end()) {
                throw new SocketException("Socket closed"); // cut just as it was made
            }
        } catch (IOException failed) {
            plain.close();
            throw call.end() ? failed : timedOut(call, failed);
        } catch (RuntimeException failed) {
            call.end();
            plain.close();
            throw failed;
        }
        opened.incrementAndGet();
        return new Connection(plain, socket);
    }

    @Override
    public void close() {
        closed = true;
        deadlines.close();
        Connection connection;
        while ((connection = idle.pollFirst()) != null) {
            connection.close();
        }
    }

    /**
     * Closes every connection, those a call is on too: the calls fail at once with an {@link IOException} (the long
     * poll, which a stop must not wait out). Not for sends: one cut off may or may not have arrived.
     */
    void abort() {
        close();
        deadlines.closeEvery();
    }

    /**
     * One socket with its buffered input; used by one call at a time. Each read of the socket sets the call's
     * deadline again ({@link TimedInput}), each write of at most {@link #WRITE_AT_ONCE} bytes too: the timeout bounds
     * each wait, as {@code SO_TIMEOUT} did.
     */
    private static final class Connection {
        private static final int WRITE_AT_ONCE = 64 * 1024;

        /** The TCP socket: what a timeout closes (under TLS too, so that no close waits for the TLS layer's locks). */
        private final Socket plain;
        private final Socket socket;
        private final TimedInput timed;
        private final InputStream in;
        private final OutputStream out;
        private final StringBuilder line = new StringBuilder(64);
        private long lastUsed;
        private boolean keepAlive;

        Connection(Socket plain, Socket socket) throws IOException {
            this.plain = plain;
            this.socket = socket;
            this.timed = new TimedInput(socket.getInputStream());
            this.in = new BufferedInputStream(timed, 8192);
            this.out = socket.getOutputStream();
        }

        void write(Deadlines.Call call, byte[] head, byte[] body) throws IOException {
            byte[] whole = new byte[head.length + body.length];
            System.arraycopy(head, 0, whole, 0, head.length);
            System.arraycopy(body, 0, whole, head.length, body.length);
            for (int at = 0; at < whole.length; at += WRITE_AT_ONCE) {
                call.again();
                out.write(whole, at, Math.min(WRITE_AT_ONCE, whole.length - at));
            }
            out.flush();
        }

        Answer read(Deadlines.Call call) throws IOException {
            timed.call = call;
            String status = readLine();
            if (!status.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP/1.x answer");
            }
            int code = statusCode(status);
            long length = -1;
            boolean chunked = false;
            boolean close = status.startsWith("HTTP/1.0");
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = contentLength(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> {
                        String v = value.toLowerCase(Locale.ROOT);
                        close = v.contains("close") || close && !v.contains("keep-alive");
                    }
                    default -> {
                    }
                }
            }
            byte[] body;
            if (code / 100 == 1 || code == 204 || code == 304) {
                body = new byte[0]; // answers that never have a body (no Bot API method gives them)
            } else if (chunked) {
                body = readChunked();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
                if (body.length < length) {
                    throw new EOFException("the answer ended early");
                }
            } else {
                body = readToEnd();
                close = true;
            }
            keepAlive = !close;
            return new Answer(code, new String(body, StandardCharsets.UTF_8));
        }

        private static int statusCode(String status) throws IOException {
            int space = status.indexOf(' ');
            if (space < 0 || status.length() < space + 4) {
                throw new IOException("a malformed status line");
            }
            try {
                return Integer.parseInt(status.substring(space + 1, space + 4));
            } catch (NumberFormatException malformed) {
                throw new IOException("a malformed status line");
            }
        }

        private static long contentLength(String value) throws IOException {
            try {
                long length = Long.parseLong(value);
                if (length < 0 || length > LARGEST_BODY) {
                    throw new IOException("an answer of " + length + " bytes");
                }
                return length;
            } catch (NumberFormatException malformed) {
                throw new IOException("a malformed Content-Length");
            }
        }

        private byte[] readChunked() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            while (true) {
                String size = readLine();
                int extension = size.indexOf(';');
                long chunk;
                try {
                    chunk = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
                } catch (NumberFormatException malformed) {
                    throw new IOException("a malformed chunk size");
                }
                if (chunk < 0 || body.size() + chunk > LARGEST_BODY) {
                    throw new IOException("an answer too large");
                }
                if (chunk == 0) {
                    while (!readLine().isEmpty()) {
                        // trailers: none are read
                    }
                    return body.toByteArray();
                }
                byte[] bytes = in.readNBytes((int) chunk);
                if (bytes.length < chunk) {
                    throw new EOFException("the answer ended early");
                }
                body.write(bytes);
                if (!readLine().isEmpty()) {
                    throw new IOException("a malformed chunk");
                }
            }
        }

        private byte[] readToEnd() throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream(512);
            byte[] buffer = new byte[4096];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                body.write(buffer, 0, n);
                if (body.size() > LARGEST_BODY) {
                    throw new IOException("an answer too large");
                }
            }
            return body.toByteArray();
        }

        /** A line without its CRLF (a bare LF is accepted); EOF before it ends is an error. */
        private String readLine() throws IOException {
            line.setLength(0);
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("the connection closed before the answer ended");
                }
                if (b == '\n') {
                    int end = line.length();
                    if (end > 0 && line.charAt(end - 1) == '\r') {
                        line.setLength(end - 1);
                    }
                    return line.toString();
                }
                if (line.length() >= LONGEST_HEADER_LINE) {
                    throw new IOException("a header line too long");
                }
                line.append((char) b);
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing: nothing more to do
            }
        }
    }

    /** The socket's input, each read of it a wait of its own for the call it is for. */
    private static final class TimedInput extends InputStream {
        private final InputStream in;
        private Deadlines.Call call;

        TimedInput(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            call.again();
            return in.read();
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            call.again();
            return in.read(bytes, offset, length);
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }
    }
}
