package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Update;
import com.repairbot.adapter.telegram.UpdateIntake.Outcome;
import com.repairbot.domain.privacy.PiiScanner;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint Telegram posts updates to. A request without the right
 * {@code X-Telegram-Bot-Api-Secret-Token} is refused with 401 before its body is read; an update is handled
 * and answered 200 (a duplicate too, with no second effect); when it could not be taken in or recorded
 * (too much in flight, a store down, handling slower than Telegram's patience) the answer is 503, so that
 * Telegram delivers it again, and its id makes the second delivery harmless.
 */
public final class WebhookServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int MAX_BODY = 1 << 20;
    private static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";
    private static final Pattern UPDATE_ID =
            Pattern.compile("\"update_id\"\\s*:\\s*(\\d{1,18})");

    private final HttpServer server;
    private final ExecutorService threads;
    private final String path;
    private final byte[] secretDigest;
    private final UpdateIntake intake;
    private final Duration wait;

    WebhookServer(int port, String path, String secret, UpdateIntake intake, Duration wait, ExecutorService threads)
            throws IOException {
        this.path = path;
        this.secretDigest = sha256(secret);
        this.intake = intake;
        this.wait = wait;
        this.threads = threads;
        this.server = HttpServer.create(new InetSocketAddress(port), 64);
        server.createContext("/", this::exchange);
        server.setExecutor(threads);
        server.start();
        log.info("webhook endpoint listening on port {} at {}", port(), path);
    }

    /**
     * Time-boxes every request the JDK's HTTP servers read: a connection that has not delivered its request
     * within {@code limit} is closed, so slow clients cannot hold connections open. The JDK reads this setting
     * once, when its first HTTP server is made: call this before any (an operator's own setting of
     * {@code sun.net.httpserver.maxReqTime} wins).
     */
    public static void timeBoxRequests(Duration limit) {
        if (System.getProperty(MAX_REQUEST_TIME) == null) {
            System.setProperty(MAX_REQUEST_TIME, Long.toString(Math.max(1, limit.toSeconds())));
        }
    }

    /** @return the port it listens on (useful when started on port 0) */
    public int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = status(exchange);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, -1);
        } catch (RuntimeException unexpected) {
            log.error("webhook request failed: {}: {}", unexpected.getClass().getName(),
                    PiiScanner.mask(String.valueOf(unexpected.getMessage())));
        }
    }

    private int status(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals(path)) {
            return 404;
        }
        // the secret first: nothing of an unauthenticated request is read or parsed
        String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(sha256(given), secretDigest)) {
            return 401;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            return 405;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return 413;
        }
        Update update;
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            update = UpdateJson.GSON.fromJson(text, Update.class);
        } catch (RuntimeException garbled) {
            // from Telegram (the secret was right), but unreadable: set aside and acknowledged, since Telegram
            // would only send the same again, holding up the updates after it
            intake.park(idOf(text), garbled);
            return 200;
        }
        if (update == null || update.updateId() == null) {
            intake.park(idOf(text), new IllegalArgumentException("no update_id"));
            return 200;
        }
        CompletableFuture<Outcome> outcome;
        try {
            outcome = intake.accept(update, true);
        } catch (RejectedExecutionException full) {
            log.warn("webhook: update {} refused, too many in flight", update.updateId());
            return 503;
        }
        try {
            return outcome.get(wait.toMillis(), TimeUnit.MILLISECONDS) == Outcome.UNAVAILABLE ? 503 : 200;
        } catch (TimeoutException slow) {
            // still being handled; Telegram will send it again, and by then it is done (or in progress): no twice
            log.warn("webhook: update {} not handled within {}, answered 503", update.updateId(), wait);
            return 503;
        } catch (ExecutionException failed) {
            return failed.getCause() instanceof RejectedExecutionException ? 503 : 200;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 503;
        }
    }

    /** @return the update's id as far as it can be read from a body that is no update (0 when not at all) */
    private static long idOf(String body) {
        Matcher id = UPDATE_ID.matcher(body);
        return id.find() ? Long.parseLong(id.group(1)) : 0;
    }

    private static byte[] sha256(String text) {
        try {
            // equal-length digests: the comparison time says nothing about the secret's length or content
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Stops listening; requests in progress get a moment to finish. */
    @Override
    public void close() {
        server.stop(1); // the threads are their owner's
    }
}
