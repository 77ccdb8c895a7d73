package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Locks shared by every instance: {@code <name>:lock} (e.g. {@code chat:42:lock}) holds the owner's random
 * token. Taking is {@code SET key token NX PX hold} (one round trip; Redis frees it when the hold time has
 * passed); releasing is a Lua compare-and-delete, so an owner that ran over its hold time never frees the
 * lock of the next owner.
 */
public final class RedisLocks implements Locks {

    /** KEYS: the lock. ARGV: the owner's token. */
    private static final RedisScript RELEASE = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    private final RedisConnection redis;
    private final RedisKeys keys;

    /**
     * @param redis the shared connection
     * @param keys  the key layout (prefix)
     */
    public RedisLocks(RedisConnection redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<HeldLock> tryAcquire(String name, Duration hold) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a lock needs a name");
        }
        if (hold == null || hold.toMillis() < 1) {
            throw new IllegalArgumentException("a lock's hold time must be at least a millisecond, not " + hold);
        }
        String key = keys.lock(name);
        String token = UUID.randomUUID().toString();
        String taken = redis.call("take lock", c -> c.set(key, token, SetArgs.Builder.nx().px(hold)));
        return "OK".equals(taken) ? Optional.of(new RedisHeldLock(name, key, token)) : Optional.empty();
    }

    private final class RedisHeldLock implements HeldLock {

        private final String name;
        private final String key;
        private final String token;
        private final AtomicBoolean released = new AtomicBoolean();

        private RedisHeldLock(String name, String key, String token) {
            this.name = name;
            this.key = key;
            this.token = token;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean release() {
            if (released.get()) {
                return false;
            }
            Long deleted = redis.call("release lock", c -> RELEASE.run(c, ScriptOutputType.INTEGER,
                    new String[] {key}, token));
            released.set(true);
            return deleted != null && deleted == 1L;
        }

        @Override
        public String toString() {
            return "HeldLock[" + name + "]";
        }
    }
}
