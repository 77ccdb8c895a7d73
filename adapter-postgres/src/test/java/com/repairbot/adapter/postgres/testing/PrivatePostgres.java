package com.repairbot.adapter.postgres.testing;

import com.repairbot.adapter.postgres.PostgresLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for tests that nobody else uses: started once per JVM on a free port, in a temporary
 * folder, from the machine's own binaries ({@code initdb}, {@code pg_ctl}: on {@code PATH}, or in Debian's
 * {@code /usr/lib/postgresql/<version>/bin}), stopped and deleted when the JVM exits. It listens on
 * 127.0.0.1 only and trusts local logins; its data is thrown away (no fsync).
 *
 * <p>{@code TEST_DATABASE_URL=postgresql://user:password@host:port/db} points the tests at a server the person
 * running them chose instead: they create their own databases there ({@code repair_bot_test_…}, which needs
 * the CREATEDB right) and drop them at exit; nothing else on that server is touched. Without either, the
 * tests fail with a message that says what to install.
 *
 * <p>PostgreSQL refuses to run as root; when the tests run as root (a container), the server runs as the
 * {@code postgres} user (or {@code nobody}) through {@code runuser}.
 */
public final class PrivatePostgres {

    private static final String USER = "repair";
    private static PrivatePostgres shared;

    private final PostgresLocation admin;
    private final Optional<Path> folder;
    private final Optional<Runnable> stop;
    private final Optional<Runnable> restart;
    private final List<String> created = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final String prefix;

    private PrivatePostgres(PostgresLocation admin, Optional<Path> folder, Optional<Runnable> stop) {
        this(admin, folder, stop, Optional.empty());
    }

    private PrivatePostgres(PostgresLocation admin, Optional<Path> folder, Optional<Runnable> stop,
                            Optional<Runnable> restart) {
        this.admin = admin;
        this.folder = folder;
        this.stop = stop;
        this.restart = restart;
        this.prefix = "repair_bot_test_" + ProcessHandle.current().pid() + "_";
    }

    /** @return the server of this JVM, started on first use */
    public static synchronized PrivatePostgres server() {
        if (shared == null) {
            String url = System.getenv("TEST_DATABASE_URL");
            shared = url != null && !url.isBlank()
                    ? new PrivatePostgres(PostgresLocation.parse(url, Optional.empty()), Optional.empty(),
                            Optional.empty())
                    : start();
            PrivatePostgres server = shared;
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("private-postgres-stop")
                    .unstarted(server::shutdown));
        }
        return shared;
    }

    /**
     * A server of the caller's own, never shared (even with {@code TEST_DATABASE_URL} set: it is started from the
     * machine's binaries), for a test that stops it and starts it again ({@link #stopServer}, {@link #startServer});
     * deleted at JVM exit.
     */
    public static PrivatePostgres startOwn() {
        PrivatePostgres own = start();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("own-postgres-stop").unstarted(own::shutdown));
        return own;
    }

    /** Stops the server at once ({@code pg_ctl stop -m immediate}), as a crash or an outage would; only an own one. */
    public void stopServer() {
        stop.orElseThrow(() -> new IllegalStateException("not a server these tests started")).run();
    }

    /** Starts a server stopped by {@link #stopServer} again, on the same port with the same data. */
    public void startServer() {
        restart.orElseThrow(() -> new IllegalStateException("not a server these tests started")).run();
    }

    /** @return a new, empty database of its own on this server (no schema yet) */
    public PostgresLocation newDatabase() {
        String name = prefix + next.incrementAndGet();
        execute("CREATE DATABASE " + name);
        synchronized (created) {
            created.add(name);
        }
        return in(name);
    }

    /** Drops a database made by {@link #newDatabase}, closing whatever connections still use it. */
    public void drop(PostgresLocation database) {
        String name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1).split("\\?")[0];
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        synchronized (created) {
            created.remove(name);
        }
    }

    /** @return where the server's {@code postgres} database is, e.g. to read what the server holds */
    public PostgresLocation location() {
        return admin;
    }

    private PostgresLocation in(String database) {
        String url = admin.jdbcUrl();
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return new PostgresLocation(url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query)),
                admin.user(), admin.password());
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test PostgreSQL at " + admin.describe() + " refused: " + sql, e);
        }
    }

    private void shutdown() {
        if (stop.isPresent()) {
            stop.get().run(); // the whole server goes: no need to drop the databases one by one
        } else {
            new ArrayList<>(created).forEach(name -> {
                try {
                    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (RuntimeException ignored) {
                    // the server went away first
                }
            });
        }
        folder.ifPresent(PrivatePostgres::deleteQuietly);
    }

    // ---- starting a server from the machine's binaries ----

    private static PrivatePostgres start() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries for the tests:"
                + " install PostgreSQL (apt-get install postgresql: initdb and pg_ctl, not a running server) or set"
                + " TEST_DATABASE_URL=postgresql://user:password@host:port/db to a server the tests may create"
                + " databases on"));
        Optional<String> runAs = "root".equals(System.getProperty("user.name")) ? Optional.of(unprivilegedUser())
                : Optional.empty();
        try {
            Path folder = Files.createTempDirectory("repair-bot-postgres-");
            runAs.ifPresent(user -> own(folder, user));
            Path data = folder.resolve("data");
            run(runAs, folder, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-locale", "--no-sync");
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 3; attempt++) {
                int port = freePort();
                try {
                    Runnable begin = () -> run(runAs, folder, bin.resolve("pg_ctl").toString(), "-D",
                            data.toString(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                            "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -F"
                                    + " -c full_page_writes=off -c synchronous_commit=off -c max_connections=300"
                                    + " -c shared_buffers=32MB", "start");
                    begin.run();
                    Runnable stop = () -> runQuietly(runAs, folder, bin.resolve("pg_ctl").toString(), "-D",
                            data.toString(), "-m", "immediate", "-w", "stop");
                    return new PrivatePostgres(new PostgresLocation("jdbc:postgresql://127.0.0.1:" + port
                            + "/postgres", USER, ""), Optional.of(folder), Optional.of(stop), Optional.of(begin));
                } catch (IllegalStateException portTaken) {
                    last = portTaken; // someone took the port between our look and the start: another one
                }
            }
            throw last;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PATH first (a symbolic link is followed to the folder that holds the other programs), then the usual places. */
    static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path pgCtl = Path.of(entry).resolve("pg_ctl");
            if (Files.isExecutable(pgCtl)) {
                try {
                    candidates.add(pgCtl.toRealPath().getParent());
                } catch (IOException ignored) {
                    // a broken link: look further
                }
            }
        }
        for (String root : List.of("/usr/lib/postgresql", "/usr/local/opt", "/opt/homebrew/opt")) {
            try (Stream<Path> versions = Files.list(Path.of(root))) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing(PrivatePostgres::versionOf).reversed())
                        .forEach(candidates::add);
            } catch (IOException | RuntimeException ignored) {
                // not there on this machine
            }
        }
        candidates.add(Path.of("/usr/local/pgsql/bin"));
        return candidates.stream()
                .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                .findFirst();
    }

    private static int versionOf(Path bin) {
        String name = bin.getParent().getFileName().toString().replaceAll("\\D", "");
        return name.isEmpty() ? 0 : Integer.parseInt(name.substring(0, Math.min(4, name.length())));
    }

    private static String unprivilegedUser() {
        for (String user : List.of("postgres", "nobody")) {
            try {
                Process id = new ProcessBuilder("id", "-u", user).redirectErrorStream(true).start();
                if (id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0) {
                    return user;
                }
            } catch (IOException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("the tests run as root and PostgreSQL refuses root: create a user named"
                + " postgres, or run the tests as another user, or set TEST_DATABASE_URL");
    }

    private static void own(Path folder, String user) {
        try {
            UserPrincipal owner = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            Files.setOwner(folder, owner);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(Optional<String> runAs, Path folder, String... command) {
        List<String> line = new ArrayList<>();
        runAs.ifPresent(user -> line.addAll(List.of("runuser", "-u", user, "--")));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("command.log").toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                String log = Files.readString(folder.resolve("command.log"));
                Path server = folder.resolve("server.log");
                String serverLog = Files.exists(server) ? Files.readString(server) : "";
                throw new IllegalStateException(String.join(" ", line).toLowerCase(Locale.ROOT) + " failed ("
                        + process.exitValue() + "):\n" + log + serverLog);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void runQuietly(Optional<String> runAs, Path folder, String... command) {
        try {
            run(runAs, folder, command);
        } catch (RuntimeException ignored) {
            // stopping at exit: nothing more to do
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: the system cleans it up in the end
        }
    }
}
