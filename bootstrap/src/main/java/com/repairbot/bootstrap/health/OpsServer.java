package com.repairbot.bootstrap.health;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The operator's HTTP endpoint on {@code HTTP_PORT} (the JDK's own server, no framework): {@code /health/live}
 * answers 200 while the process serves requests; {@code /health/ready} 200 or 503 with each check's result;
 * {@code /metrics} the Prometheus text format. Only GET and HEAD.
 */
public final class OpsServer implements AutoCloseable {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService threads;

    /**
     * Starts listening.
     *
     * @param port      the port (0: any free one)
     * @param readiness what {@code /health/ready} checks
     * @param metrics   the Prometheus text for {@code /metrics}
     * @throws IOException when the port cannot be bound
     */
    public OpsServer(int port, Readiness readiness, Supplier<String> metrics) throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 16);
        threads = Executors.newFixedThreadPool(2, r -> Thread.ofPlatform().name("ops-http").daemon(true).unstarted(r));
        server.setExecutor(threads);
        server.createContext("/health/live", exchange -> answer(exchange, 200, JSON, "{\"status\":\"UP\"}"));
        server.createContext("/health/ready", exchange -> ready(exchange, readiness));
        server.createContext("/metrics", exchange -> answer(exchange, 200, PROMETHEUS_TEXT, metrics.get()));
        server.start();
    }

    /** @return the port it listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    private static void ready(HttpExchange exchange, Readiness readiness) throws IOException {
        Map<String, Boolean> results = readiness.results();
        boolean ready = results.values().stream().allMatch(Boolean::booleanValue);
        String checks = results.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + (e.getValue() ? "UP" : "DOWN") + "\"")
                .collect(Collectors.joining(","));
        answer(exchange, ready ? 200 : 503, JSON,
                "{\"status\":\"" + (ready ? "UP" : "DOWN") + "\",\"checks\":{" + checks + "}}");
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops listening; requests being answered get a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        threads.shutdownNow();
    }
}
