package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.HeldLock;
import com.repairbot.application.port.out.Locks;
import com.repairbot.application.port.out.StoreUnavailableException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Locks shared by every instance: {@code <name>:lock} (e.g. {@code chat:42:lock}) holds the owner's random
 * token. Taking is {@code SET key token NX PX hold} (one round trip; Redis frees it when the hold time has
 * passed); releasing is a Lua compare-and-delete, so an owner that ran over its hold time never frees the
 * lock of the next owner; extending is a Lua compare-and-{@code PEXPIRE} on the same token ({@code SET ... XX}
 * cannot compare the owner). When Redis does not answer a take or a release (it stalled, the link dropped), the lock
 * is freed as soon as Redis answers again instead of staying held for its whole hold time (issue 14, item 9).
 */
public final class RedisLocks implements Locks {

    /** KEYS: the lock. ARGV: the owner's token. */
    private static final RedisScript RELEASE = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    /** KEYS: the lock. ARGV: the owner's token, the new hold time (ms). */
    private static final RedisScript EXTEND = new RedisScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return 0
            """);

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    /** Frees the locks whose taking or releasing got no answer; one daemon thread for the process. */
    private static final ScheduledExecutorService CLEANER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("redis-lock-cleaner").daemon(true).factory());

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
        long until = System.nanoTime() + hold.toNanos();
        String taken;
        try {
            taken = redis.call("take lock", c -> c.set(key, token, SetArgs.Builder.nx().px(hold)));
        } catch (StoreUnavailableException unanswered) {
            // the SET may still be carried out when Redis answers again (a stall): the lock would then be held by
            // nobody for its whole hold time, so it is freed as soon as Redis answers
            releaseLater(key, token, until);
            throw unanswered;
        }
        return "OK".equals(taken) ? Optional.of(new RedisHeldLock(name, key, token, until)) : Optional.empty();
    }

    /**
     * Frees a lock whose outcome is not known (taking or releasing it did not get an answer), once Redis answers:
     * tried after {@link #FIRST_RETRY}, then twice as long each time, until it worked or the hold time is over
     * (then Redis has freed it itself). Compare-and-delete, so a lock someone else holds by then is left alone.
     */
    private void releaseLater(String key, String token, long untilNanos) {
        schedule(key, token, untilNanos, FIRST_RETRY);
    }

    private void schedule(String key, String token, long untilNanos, Duration pause) {
        if (System.nanoTime() + pause.toNanos() >= untilNanos) {
            return; // freed by its hold time before the next try
        }
        try {
            CLEANER.schedule(() -> {
                try {
                    redis.call("release lock", c -> RELEASE.run(c, ScriptOutputType.INTEGER, new String[] {key}, token));
                } catch (RuntimeException stillUnavailable) {
                    Duration next = pause.multipliedBy(2);
                    schedule(key, token, untilNanos, next.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : next);
                }
            }, pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the process is stopping: the hold time frees it
        }
    }

    private final class RedisHeldLock implements HeldLock {

        private final String name;
        private final String key;
        private final String token;
        private final AtomicBoolean released = new AtomicBoolean();

        private volatile long untilNanos;

        private RedisHeldLock(String name, String key, String token, long untilNanos) {
            this.name = name;
            this.key = key;
            this.token = token;
            this.untilNanos = untilNanos;
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
            Long deleted;
            try {
                deleted = redis.call("release lock", c -> RELEASE.run(c, ScriptOutputType.INTEGER,
                        new String[] {key}, token));
            } catch (StoreUnavailableException unanswered) {
                // not freed (or not known to be): freed once Redis answers, not held until its hold time ends
                released.set(true);
                releaseLater(key, token, untilNanos);
                throw unanswered;
            }
            released.set(true);
            return deleted != null && deleted == 1L;
        }

        @Override
        public boolean extend(Duration hold) {
            if (hold == null || hold.toMillis() < 1) {
                throw new IllegalArgumentException("a lock's hold time must be at least a millisecond, not " + hold);
            }
            if (released.get()) {
                return false;
            }
            long until = System.nanoTime() + hold.toNanos();
            Long extended;
            try {
                extended = redis.call("extend lock", c -> EXTEND.run(c, ScriptOutputType.INTEGER,
                        new String[] {key}, token, Long.toString(hold.toMillis())));
            } catch (StoreUnavailableException unanswered) {
                // the PEXPIRE may still be carried out: a later release then frees it before that hold ends
                untilNanos = Math.max(untilNanos, until);
                throw unanswered;
            }
            boolean kept = extended != null && extended == 1L;
            if (kept) {
                untilNanos = until;
            }
            return kept;
        }

        @Override
        public String toString() {
            return "HeldLock[" + name + "]";
        }
    }
}
