package com.repairbot.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code repair-bot} as a real child JVM ({@link Main} with the test classpath), so that its logback.xml, its
 * environment, its SIGTERM handling and its exit are the real thing. It gets only the environment given (none
 * of this JVM's), and every line it writes (stdout and stderr) is kept.
 */
final class BotProcess implements AutoCloseable {

    private static final Pattern HTTP_PORT = Pattern.compile("health and metrics on port (\\d+)");

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();

    private BotProcess(Process process) {
        this.process = process;
        this.reader = Thread.ofPlatform().name("bot-output").daemon(true).start(this::read);
    }

    static BotProcess start(Map<String, String> env, String... args) throws IOException {
        return start(env, List.of(), args);
    }

    /** @param jvmFlags flags for the child JVM beside the usual ones (a system property, say) */
    static BotProcess start(Map<String, String> env, List<String> jvmFlags, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        return new BotProcess(builder.start());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the first line that matches, once it was written */
    String awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (matching.test(line)) {
                        return line;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    throw new AssertionError("the bot did not write the line awaited; it wrote:\n" + tail());
                }
                lines.wait(Math.min(left, 200));
            }
        }
    }

    /** @return the port of /health and /metrics, once the bot said it */
    int awaitHttpPort(Duration timeout) throws InterruptedException {
        Matcher port = HTTP_PORT.matcher(awaitLine(line -> HTTP_PORT.matcher(line).find(), timeout));
        port.find();
        return Integer.parseInt(port.group(1));
    }

    /**
     * Sends SIGTERM and waits for the process to end.
     *
     * @return how long it took to end
     * @throws AssertionError when it is still running after {@code timeout}
     */
    Duration terminate(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        // SIGTERM through the handle: Process.destroy() would also close our end of the pipes, and every line the
        // bot writes while it stops would be lost
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the bot was still running " + timeout + " after SIGTERM; it wrote:\n" + tail());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        reader.join(5_000);
        return took;
    }

    /** {@code kill -9}: the process ends at once, with no shutdown hook, no last delivery, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the bot outlived SIGKILL by 30 s");
        }
        reader.join(5_000);
    }

    /** @return the exit status (after {@link #terminate}) */
    int exitValue() {
        return process.exitValue();
    }

    /** @return every line written so far */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private String tail() {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
