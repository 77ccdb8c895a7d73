package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.StoreUnavailableException;
import com.repairbot.domain.privacy.Redaction;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.ArrayOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.RedisCommand;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection to Redis that every Redis adapter of a bot instance shares (a Lettuce connection is
 * thread-safe and pipelines the commands of all threads).
 *
 * <p>Failing fast is the rule (ADR 0009): every command has a timeout; while the connection is down, commands
 * are rejected at once instead of queued (nothing is replayed later, after the person was told to try again);
 * at most {@link RedisConfig#requestQueueSize()} commands wait for an answer at once; Lettuce reconnects in
 * the background, at most 2 s apart. Every failure reaches the caller as a {@link StoreUnavailableException}
 * whose message names host, port and database but never the password.
 *
 * <p>The first connection is made on first use, so that a bot started while Redis is down starts and keeps
 * answering "temporarily unavailable" until Redis is back; after a failed attempt the next one waits a
 * second, so that an outage costs each call nothing.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);
    private static final long RETRY_CONNECT_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisConfig config;
    private final String where;
    private final Redaction redaction;
    private final ClientResources resources;
    private final RedisClient client;
    /** The dialog's saves, written by the calling thread (ADR 0041); null when the URL needs Lettuce (TLS...). */
    private final RedisDirectLine direct;
    private final Object connecting = new Object();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean closed;
    /** Guarded by {@link #connecting}. */
    private long nextAttemptNanos;
    /** Guarded by {@link #connecting}. */
    private StoreUnavailableException lastConnectFailure;

    /** @param config where Redis is and how long to wait for it */
    public RedisConnection(RedisConfig config) {
        this(config, true);
    }

    /** @param saveDirectly false: the saves go through Lettuce too, as for a TLS URL (tests of that path) */
    RedisConnection(RedisConfig config, boolean saveDirectly) {
        this.config = config;
        this.where = config.where();
        this.redaction = Redaction.ofPassword(config.password());
        this.resources = DefaultClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2,
                        TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // fail at once while disconnected; commands in flight when the link drops fail too, and are
                // never replayed behind the caller's back
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(config.requestQueueSize())
                .timeoutOptions(TimeoutOptions.enabled(config.commandTimeout()))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(config.commandTimeout())
                        .keepAlive(true)
                        .build())
                .build());
        this.direct = saveDirectly ? RedisDirectLine.of(config.uri(), config.commandTimeout()).orElse(null) : null;
    }

    /**
     * Runs commands on the shared connection.
     *
     * @param what    what is being done, for the message of a failure (no personal data)
     * @param command the commands, given the synchronous API
     * @throws StoreUnavailableException when Redis cannot be reached, is too slow, or refuses the command
     */
    <T> T call(String what, Function<RedisCommands<String, String>, T> command) {
        StatefulRedisConnection<String, String> current = connection();
        try {
            return command.apply(current.sync());
        } catch (RedisException failure) {
            throw unavailable(what, failure);
        } catch (RuntimeException failure) {
            if (closed) { // closed by another thread meanwhile: Lettuce's stopped threads throw their own errors
                throw new StoreUnavailableException("Redis connection to " + where + " is closed", null);
            }
            throw failure;
        }
    }

    /**
     * Sends several commands in one write and one round trip (in this order; not atomic) and waits for all of
     * them. Written together, they cost one round trip instead of one per command (ADR 0035); written by the
     * calling thread on a socket of its own ({@link RedisDirectLine}, ADR 0041), no hand-over to Lettuce's I/O
     * thread and back (Lettuce's path is kept for URLs that need it: TLS, Sentinel, a socket file).
     *
     * @param what     what is being done, for the message of a failure (no personal data)
     * @param commands the commands, each as its words ({@code SET}, key, value, {@code PX}, milliseconds), sent in
     *                 this order
     * @throws StoreUnavailableException when Redis cannot be reached, is too slow, or refuses a command
     */
    void pipelined(String what, List<List<String>> commands) {
        if (closed) {
            throw new StoreUnavailableException("Redis connection to " + where + " is closed", null);
        }
        if (direct != null) {
            try {
                direct.pipelined(commands);
            } catch (RedisException failure) {
                throw unavailable(what, failure);
            }
            return;
        }
        call(what, sync -> {
            List<AsyncCommand<String, String, ?>> sent = new ArrayList<>(commands.size());
            for (List<String> words : commands) {
                sent.add(new AsyncCommand<>(lettuce(words)));
            }
            connection().dispatch(sent);
            try {
                for (AsyncCommand<String, String, ?> one : sent) {
                    one.get(config.commandTimeout().toNanos(), TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new RedisException("interrupted", interrupted);
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RedisException redis ? redis
                        : new RedisException(failed.getCause().getMessage(), failed.getCause());
            } catch (TimeoutException slow) {
                for (AsyncCommand<String, String, ?> one : sent) {
                    one.cancel(false);
                }
                throw new RedisException("timed out", slow);
            }
            return null;
        });
    }

    /** @return the words of a command ({@code SET key value PX 1000}) as a Lettuce command, whatever it answers */
    private static RedisCommand<String, String, List<Object>> lettuce(List<String> words) {
        CommandArgs<String, String> args = new CommandArgs<>(StringCodec.UTF8);
        for (int i = 1; i < words.size(); i++) {
            args.add(words.get(i));
        }
        return new Command<>(CommandType.valueOf(words.get(0)), new ArrayOutput<>(StringCodec.UTF8), args);
    }

    /** @return whether Redis answers a PING now (for the health endpoint); never throws */
    public boolean ping() {
        try {
            return "PONG".equals(call("ping", RedisCommands::ping));
        } catch (StoreUnavailableException unavailable) {
            return false;
        }
    }

    /** @return where Redis is: host, port and database */
    public String where() {
        return where;
    }

    /** Closes the connection and stops Lettuce's threads. */
    @Override
    public void close() {
        synchronized (connecting) {
            if (closed) {
                return;
            }
            closed = true;
            if (connection != null) {
                connection.close();
            }
        }
        if (direct != null) {
            direct.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        try {
            resources.shutdown(0, 2, TimeUnit.SECONDS).get(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Redis client threads did not stop cleanly: {}", e.toString());
        }
    }

    @Override
    public String toString() {
        return "RedisConnection[" + where + "]";
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null && !closed) {
            return current;
        }
        synchronized (connecting) {
            if (closed) {
                throw new StoreUnavailableException("Redis connection to " + where + " is closed", null);
            }
            if (connection != null) {
                return connection;
            }
            if (lastConnectFailure != null && System.nanoTime() - nextAttemptNanos < 0) {
                throw new StoreUnavailableException(lastConnectFailure.getMessage(), lastConnectFailure.getCause());
            }
            try {
                StatefulRedisConnection<String, String> opened = client.connect(config.uri());
                opened.setTimeout(config.commandTimeout());
                connection = opened;
                lastConnectFailure = null;
                log.info("Connected to Redis at {}", where);
                return opened;
            } catch (RedisException failure) {
                lastConnectFailure = unavailable("connect", failure);
                nextAttemptNanos = System.nanoTime() + RETRY_CONNECT_AFTER_NANOS;
                log.warn("{}", lastConnectFailure.getMessage());
                throw lastConnectFailure;
            }
        }
    }

    private StoreUnavailableException unavailable(String what, RedisException failure) {
        return new StoreUnavailableException("Redis at " + where + " unavailable (" + what + "): "
                + redaction.describe(failure), redaction.withoutSecrets(failure));
    }
}
