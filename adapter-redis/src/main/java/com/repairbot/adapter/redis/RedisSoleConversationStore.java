package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import io.lettuce.core.KeyValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dialogs in Redis for a bot that runs as the only instance (ADR 0018): the same {@code fsm:{chat}:{user}:state}
 * and {@code :data} keys, with the same TTL, as {@link RedisConversationStore}, but without its version key
 * and its compare-and-set script. Being the only writer, this store knows what Redis holds: it keeps every
 * dialog it loaded or saved in memory, answers loads from there and checks versions there; Redis is written
 * through on every save, so a restart (or a crash) loses nothing.
 *
 * <p>What that saves, counted by Redis: a step of a dialog costs 2 commands (the two {@code SET … PX}, sent
 * in one round trip) instead of 6 (an {@code MGET}, then {@code EVALSHA} with a {@code GET} and three
 * {@code SET}s inside); the end of a dialog 1 ({@code DEL}). Only the first load of a dialog after a start
 * reads Redis ({@code MGET} and {@code PTTL}).
 *
 * <p>The two keys are written data first, then state, in one pipeline. Should the process die between the
 * two writes, Redis holds the new answers with the old step: the person is asked the same question again and
 * the answer already given is overwritten — a step is never shown with answers it does not have. With
 * several instances use {@link RedisConversationStore}, whose script writes both atomically and refuses a
 * stale writer across processes; a dialog saved by one is read by the other.
 */
public final class RedisSoleConversationStore implements ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(RedisSoleConversationStore.class);
    /** More dialogs than a repair company has open at once: past it the cache starts afresh rather than grow. */
    private static final int MOST_CACHED = 20_000;
    /** The codec of the shared connection ({@link RedisConnection}: strings, UTF-8). */

    /** What this process knows Redis holds for a key (a dialog, or none), and until when. */
    private record Known(Optional<Conversation> conversation, long expiresAtNanos) {
    }

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final Duration ttl;
    private final Clock clock;
    private final LongSupplier nanos;
    /** The dialog's time to live in milliseconds, as {@code SET}'s {@code PX} reads it. */
    private final String ttlMillis;
    private final Map<ConversationKey, Known> known = new ConcurrentHashMap<>();
    private static final int STRIPE_BITS = 8;
    private final Object[] stripes = new Object[1 << STRIPE_BITS];

    /**
     * @param redis the shared connection
     * @param keys  the key layout (prefix)
     * @param ttl   how long an untouched dialog is kept (as {@link RedisConversationStore})
     * @param clock the time, for the last save of a dialog read back after a restart (from its TTL)
     */
    public RedisSoleConversationStore(RedisConnection redis, RedisKeys keys, Duration ttl, Clock clock) {
        this(redis, keys, ttl, clock, System::nanoTime);
    }

    RedisSoleConversationStore(RedisConnection redis, RedisKeys keys, Duration ttl, Clock clock, LongSupplier nanos) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("the dialog TTL must be at least a millisecond, not " + ttl);
        }
        this.redis = redis;
        this.keys = keys;
        this.ttl = ttl;
        this.clock = clock;
        this.nanos = nanos;
        this.ttlMillis = Long.toString(ttl.toMillis());
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public Optional<Conversation> load(ConversationKey key) {
        Known cached = known.get(key);
        if (cached != null) {
            if (nanos.getAsLong() - cached.expiresAtNanos() < 0) {
                return cached.conversation();
            }
            known.remove(key, cached); // Redis lets it expire at about this moment too
            return Optional.empty();
        }
        long readAt = nanos.getAsLong();
        Optional<Conversation> stored = read(key);
        long left = stored.map(c -> ttl.toNanos() - Duration.between(c.updatedAt(), clock.instant()).toNanos())
                .orElse(Long.MAX_VALUE / 2);
        // only if nothing was remembered meanwhile: a save (or an end) of this dialog while Redis was being read is
        // newer than what was read, and must not be replaced by it (the relay's dialog checks read without the
        // dialog's lock; a stale read put back after a lane's save left the dialog a step behind after a restart)
        Known fresh = new Known(stored, readAt + Math.max(0, left));
        Known kept = rememberIfAbsent(key, fresh);
        return kept == fresh ? stored : kept.conversation();
    }

    @Override
    public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        // the check and the write go together: two saves of one dialog from one version, one wins
        synchronized (stripe(key)) {
            return saveChecked(key, conversation, expectedVersion);
        }
    }

    private boolean saveChecked(ConversationKey key, Conversation conversation, long expectedVersion) {
        long current = load(key).map(Conversation::version).orElse(0L);
        if (current != expectedVersion) {
            return false;
        }
        // the TTL is counted from before the write, so this process never thinks a dialog alive that Redis dropped
        long savedAt = nanos.getAsLong();
        String data = DialogJson.write(conversation.data());
        try {
            redis.pipelined("save dialog", List.of(set(keys.data(key), data), set(keys.state(key),
                    conversation.stepId())));
        } catch (RuntimeException failed) {
            known.remove(key); // what Redis holds is unknown now: read it again next time
            throw failed;
        }
        remember(key, Optional.of(conversation), savedAt + ttl.toNanos());
        return true;
    }

    @Override
    public void delete(ConversationKey key) {
        synchronized (stripe(key)) {
            known.remove(key);
            redis.pipelined("end dialog", List.of(List.of("DEL", keys.state(key), keys.data(key), keys.version(key))));
            remember(key, Optional.empty(), Long.MAX_VALUE / 2 + nanos.getAsLong());
        }
    }

    /** {@code SET key value PX ttl}, for {@link RedisConnection#pipelined}. */
    private List<String> set(String key, String value) {
        return List.of("SET", key, value, "PX", ttlMillis);
    }

    /**
     * The lock of a key. The top bits of a Fibonacci hash: a private chat's key (chat = user) hashes to a multiple
     * of 32, so its low bits would put every person under two locks.
     */
    private Object stripe(ConversationKey key) {
        return stripes[(key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - STRIPE_BITS)];
    }

    private void makeRoom() {
        if (known.size() >= MOST_CACHED) {
            known.clear();
        }
    }

    /** @return what is remembered for the key now: {@code fresh}, or what was remembered before it */
    private Known rememberIfAbsent(ConversationKey key, Known fresh) {
        makeRoom();
        Known before = known.putIfAbsent(key, fresh);
        return before == null ? fresh : before;
    }

    private void remember(ConversationKey key, Optional<Conversation> conversation, long expiresAtNanos) {
        makeRoom();
        known.put(key, new Known(conversation, expiresAtNanos));
    }

    /**
     * Reads a dialog this process does not know yet (after a start): its step and answers, and its last save
     * from the TTL left. A version key left by {@link RedisConversationStore} gives the version and the time;
     * it is dropped, since this store does not keep it up to date.
     */
    private Optional<Conversation> read(ConversationKey key) {
        List<KeyValue<String, String>> values = redis.call("load dialog",
                c -> c.mget(keys.state(key), keys.data(key), keys.version(key)));
        String state = values.get(0).getValueOrElse(null);
        String data = values.get(1).getValueOrElse(null);
        String version = values.get(2).getValueOrElse(null);
        if (state == null || data == null) {
            if (state != null || data != null || version != null) {
                redis.call("end dialog", c -> c.del(keys.state(key), keys.data(key), keys.version(key)));
            }
            return Optional.empty();
        }
        try {
            Conversation conversation;
            if (version != null) {
                int space = version.indexOf(' ');
                conversation = new Conversation(state, DialogJson.read(data),
                        Long.parseLong(version.substring(0, space)), Instant.parse(version.substring(space + 1)));
                redis.call("load dialog", c -> c.del(keys.version(key)));
            } else {
                Long left = redis.call("load dialog", c -> c.pttl(keys.data(key)));
                Instant savedAt = clock.instant().minusMillis(ttl.toMillis() - Math.max(0, left == null ? 0 : left));
                conversation = new Conversation(state, DialogJson.read(data), 1, savedAt);
            }
            return Optional.of(conversation);
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException damaged) {
            log.warn("Dropping a damaged dialog of chat {} user {}: {}", key.chat().value(), key.user().value(),
                    damaged.getMessage());
            redis.call("end dialog", c -> c.del(keys.state(key), keys.data(key), keys.version(key)));
            return Optional.empty();
        }
    }
}
