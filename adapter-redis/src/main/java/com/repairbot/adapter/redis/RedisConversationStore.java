package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dialogs in three keys per person and chat ({@link RedisKeys}): {@code fsm:{chat}:{user}:state} (the step
 * id), {@code :data} (the answers as a JSON object of strings) and {@code :version} ({@code <version> <last
 * save>}), all three written together with the same TTL, so they expire together; the TTL is Redis's own.
 *
 * <p>One round trip per call: a load is one {@code MGET} (atomic, so a step never comes with another step's
 * answers); a save is one Lua script that compares the stored version with the expected one (none stored
 * counts as 0) and only then writes the three keys, atomically; a delete is one {@code DEL}.
 */
public final class RedisConversationStore implements ConversationStore {

    /** How long an untouched dialog is kept by default (docs/dialogs.md). */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(RedisConversationStore.class);

    /** KEYS: state, data, version. ARGV: expected version, step, data, new version value, TTL in ms. */
    private static final RedisScript SAVE = new RedisScript("""
            local stored = redis.call('GET', KEYS[3])
            local version = stored and string.match(stored, '^%d+') or '0'
            if version ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[5])
            redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[5])
            redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5])
            return 1
            """);

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final String ttlMillis;

    /**
     * @param redis the shared connection
     * @param keys  the key layout (prefix)
     * @param ttl   how long an untouched dialog is kept; keep it at least as long as the application's dialog
     *              TTL, so that the engine sees the expired dialog and can say so
     */
    public RedisConversationStore(RedisConnection redis, RedisKeys keys, Duration ttl) {
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("the dialog TTL must be at least a millisecond, not " + ttl);
        }
        this.redis = redis;
        this.keys = keys;
        this.ttlMillis = Long.toString(ttl.toMillis());
    }

    @Override
    public Optional<Conversation> load(ConversationKey key) {
        List<KeyValue<String, String>> values = redis.call("load dialog",
                c -> c.mget(keys.state(key), keys.data(key), keys.version(key)));
        String state = valueOf(values.get(0));
        String data = valueOf(values.get(1));
        String version = valueOf(values.get(2));
        if (version == null) {
            return Optional.empty(); // none, or keys of the bot this product replaces (state and data only): a save replaces them
        }
        try {
            if (state == null || data == null) {
                throw new IllegalArgumentException("the step or the answers are missing");
            }
            int space = version.indexOf(' ');
            return Optional.of(new Conversation(state, DialogJson.read(data),
                    Long.parseLong(version.substring(0, space)), Instant.parse(version.substring(space + 1))));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException damaged) {
            // never written like this by this store (edited by hand, or another program): start afresh
            log.warn("Dropping a damaged dialog of chat {} user {}: {}", key.chat().value(), key.user().value(),
                    damaged.getMessage());
            delete(key);
            return Optional.empty();
        }
    }

    @Override
    public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        Long saved = redis.call("save dialog", c -> SAVE.run(c, ScriptOutputType.INTEGER,
                new String[] {keys.state(key), keys.data(key), keys.version(key)},
                Long.toString(expectedVersion), conversation.stepId(), DialogJson.write(conversation.data()),
                conversation.version() + " " + conversation.updatedAt(), ttlMillis));
        return saved != null && saved == 1L;
    }

    @Override
    public void delete(ConversationKey key) {
        redis.call("end dialog", c -> c.del(keys.state(key), keys.data(key), keys.version(key)));
    }

    private static String valueOf(KeyValue<String, String> value) {
        return value.hasValue() ? value.getValue() : null;
    }
}
