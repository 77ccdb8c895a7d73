package com.repairbot.adapter.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A redis-server of the test's own, on a free port, for what cannot be done to the shared one: stopping it,
 * putting it to sleep ({@code DEBUG SLEEP} is enabled for local clients), counting its commands. It needs a
 * password (so every test through it also proves that passwords work) and keeps an append-only file in a
 * temporary folder, so that data survives a restart as on a production Redis. Only the process started here
 * is ever stopped.
 */
public final class PrivateRedisServer implements AutoCloseable {

    static final String PASSWORD = "s3cret-Pa55";

    private final Path folder;
    /** The port it listens on (127.0.0.1). */
    public final int port;
    private Process process;

    private PrivateRedisServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /**
     * Fails with what to do when {@code redis-server} cannot be started here: the tests that stage outages or count
     * commands need a server of their own, and a build that skipped them silently would pass without them.
     *
     * @throws IllegalStateException when it is not installed
     */
    public static void requireInstalled(String forWhat) {
        if (!installed()) {
            throw new IllegalStateException("redis-server is not on PATH, so " + forWhat + ": install it (e.g."
                    + " apt-get install redis-server; the README's prerequisites)");
        }
    }

    /** @return whether {@code redis-server} can be started on this machine */
    public static boolean installed() {
        try {
            Process version = new ProcessBuilder("redis-server", "--version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static PrivateRedisServer start() {
        try {
            PrivateRedisServer server = new PrivateRedisServer(Files.createTempDirectory("redis-it-"), freePort());
            server.startAgain();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the URL of a database of this server, with the password */
    public String url(int database) {
        return "redis://:" + PASSWORD + "@127.0.0.1:" + port + "/" + database;
    }

    /** Starts the server (again, on the same port and files) and waits until it answers. */
    public void startAgain() {
        try {
            process = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--requirepass", PASSWORD, "--save", "",
                    "--appendonly", "yes", "--appendfsync", "always", "--dir", folder.toString(),
                    "--enable-debug-command", "local", "--daemonize", "no"))
                    .redirectErrorStream(true)
                    .redirectOutput(folder.resolve("server.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (answers()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for redis-server", e);
            }
        }
        throw new IllegalStateException("redis-server on port " + port + " did not answer within 10 s");
    }

    /** A PING by hand over a socket (no client library to start and stop for each try). */
    private boolean answers() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(1000);
            socket.getOutputStream()
                    .write(("AUTH " + PASSWORD + "\r\nPING\r\n").getBytes(StandardCharsets.US_ASCII));
            BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            return "+OK".equals(reader.readLine()) && "+PONG".equals(reader.readLine());
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Kills the server at once, as a crash would (the append-only file keeps what was written). */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis-server on port " + port + " did not stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
