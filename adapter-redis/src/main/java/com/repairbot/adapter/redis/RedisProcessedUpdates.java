package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.OwedReplies;
import com.repairbot.application.port.out.ProcessedUpdates;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScoredValueScanCursor;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Handled update ids shared by every instance: {@code update:<id>} is set with {@code SET NX PX} (the
 * first instance to record an update wins, the others see a duplicate) and expires by itself after the
 * retention (48 h by default: Telegram never re-delivers older updates), so nothing needs sweeping.
 *
 * <p>{@link #forgetBefore} must still forget by the time an update was handled (the port's contract, which a
 * key's TTL cannot answer); so the same script also adds the id to a sorted set {@code updates} scored by
 * that time, which it trims of entries older than the retention and which expires with its newest entry.
 * Both stay one round trip.
 *
 * <p>The replies still owed for an update are a field of the hash {@code owed} (by update id: the chat, a colon,
 * the replies), set by the same script that records the update, so the two exist together; the hash expires
 * with its newest entry, like the index. Who holds them and until when (ADR 0034) is a field of the hash
 * {@code owed-held} ({@code <until ms>|<owner>}), set by the same script; claims and renewals are scripts too, so
 * two claims never take the same update.
 */
public final class RedisProcessedUpdates implements ProcessedUpdates {

    /** How long a handled update is remembered by default. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(48);

    /** Ids forgotten per round trip, so that a large backlog never blocks Redis for long. */
    private static final int FORGET_BATCH = 500;

    /**
     * KEYS: the update, the index, the owed hash, the holds hash. ARGV: id, handled at (epoch ms), retention (ms),
     * and when replies are owed: chat:replies, then until|owner.
     */
    private static final RedisScript MARK = new RedisScript("""
            if not redis.call('SET', KEYS[1], ARGV[2], 'NX', 'PX', ARGV[3]) then
              return 0
            end
            local at = tonumber(ARGV[2])
            redis.call('ZADD', KEYS[2], at, ARGV[1])
            redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. string.format('%.17g', at - tonumber(ARGV[3])))
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[3]) then
              redis.call('PEXPIRE', KEYS[2], ARGV[3])
            end
            if ARGV[4] then
              redis.call('HSET', KEYS[3], ARGV[1], ARGV[4])
              redis.call('PEXPIRE', KEYS[3], ARGV[3])
              redis.call('HSET', KEYS[4], ARGV[1], ARGV[5])
              redis.call('PEXPIRE', KEYS[4], ARGV[3])
            end
            return 1
            """);

    /**
     * KEYS: the owed hash, the holds hash. ARGV: owner, now (epoch ms), limit, until (epoch ms), retention (ms).
     * Returns id, chat:replies, id, chat:replies... of the updates taken.
     */
    private static final RedisScript CLAIM = new RedisScript("""
            local ids = redis.call('HKEYS', KEYS[1])
            table.sort(ids, function(a, b) return tonumber(a) < tonumber(b) end)
            local taken = {}
            local limit = tonumber(ARGV[3]) * 2
            for _, id in ipairs(ids) do
              if #taken >= limit then break end
              local held = redis.call('HGET', KEYS[2], id)
              if not held or tonumber(string.sub(held, 1, string.find(held, '|', 1, true) - 1)) <= tonumber(ARGV[2]) then
                redis.call('HSET', KEYS[2], id, ARGV[4] .. '|' .. ARGV[1])
                table.insert(taken, id)
                table.insert(taken, redis.call('HGET', KEYS[1], id))
              end
            end
            if #taken > 0 and redis.call('PTTL', KEYS[2]) < tonumber(ARGV[5]) then
              redis.call('PEXPIRE', KEYS[2], ARGV[5])
            end
            return taken
            """);

    /** KEYS: the holds hash, the owed hash. ARGV: owner, until (epoch ms), then the update ids. */
    private static final RedisScript HOLD = new RedisScript("""
            local set = 0
            for i = 3, #ARGV do
              local held = redis.call('HGET', KEYS[1], ARGV[i])
              if held and redis.call('HEXISTS', KEYS[2], ARGV[i]) == 1
                  and string.sub(held, string.find(held, '|', 1, true) + 1) == ARGV[1] then
                redis.call('HSET', KEYS[1], ARGV[i], ARGV[2] .. '|' .. ARGV[1])
                set = set + 1
              end
            end
            return set
            """);

    /**
     * KEYS: the index, the owed hash, the holds hash. ARGV: before (epoch ms, exclusive), the update key prefix, batch size. The
     * update keys are named from the index's members, so they cannot be listed in KEYS (fine on a single Redis).
     */
    private static final RedisScript FORGET = new RedisScript("""
            local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
            local forgotten = 0
            for _, id in ipairs(ids) do
              forgotten = forgotten + redis.call('DEL', ARGV[2] .. id)
              redis.call('ZREM', KEYS[1], id)
              redis.call('HDEL', KEYS[2], id)
              redis.call('HDEL', KEYS[3], id)
            end
            return {forgotten, #ids}
            """);

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final String retentionMillis;

    /**
     * @param redis     the shared connection
     * @param keys      the key layout (prefix)
     * @param retention how long a handled update is remembered
     */
    public RedisProcessedUpdates(RedisConnection redis, RedisKeys keys, Duration retention) {
        if (retention.toMillis() < 1) {
            throw new IllegalArgumentException("the retention must be at least a millisecond, not " + retention);
        }
        this.redis = redis;
        this.keys = keys;
        this.retentionMillis = Long.toString(retention.toMillis());
    }

    @Override
    public boolean markProcessed(long updateId, Instant at) {
        Long first = redis.call("record update", c -> MARK.run(c, ScriptOutputType.INTEGER,
                new String[] {keys.update(updateId), keys.updateIndex(), keys.owedReplies(), keys.owedHolds()},
                Long.toString(updateId), Long.toString(at.toEpochMilli()), retentionMillis));
        return first != null && first == 1L;
    }

    @Override
    public boolean markProcessed(OwedReplies owed, Instant at, String owner, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        Long first = redis.call("record update", c -> MARK.run(c, ScriptOutputType.INTEGER,
                new String[] {keys.update(owed.updateId()), keys.updateIndex(), keys.owedReplies(), keys.owedHolds()},
                Long.toString(owed.updateId()), Long.toString(at.toEpochMilli()), retentionMillis,
                owed.chat() + ":" + owed.replies(), at.plus(hold).toEpochMilli() + "|" + owner));
        return first != null && first == 1L;
    }

    @Override
    public List<OwedReplies> claimOwed(String owner, Instant now, int limit, Duration hold) {
        ProcessedUpdates.requireValid(owner, hold);
        if (limit <= 0) {
            return List.of();
        }
        List<Object> taken = redis.call("claim owed replies", c -> CLAIM.run(c, ScriptOutputType.MULTI,
                new String[] {keys.owedReplies(), keys.owedHolds()}, owner, Long.toString(now.toEpochMilli()),
                Integer.toString(limit), Long.toString(now.plus(hold).toEpochMilli()), retentionMillis));
        List<OwedReplies> claimed = new ArrayList<>();
        for (int i = 0; i + 1 < taken.size(); i += 2) {
            claimed.add(owed(String.valueOf(taken.get(i)), String.valueOf(taken.get(i + 1))));
        }
        claimed.sort(Comparator.comparingLong(OwedReplies::updateId));
        return claimed;
    }

    @Override
    public int holdOwed(String owner, Collection<Long> updateIds, Instant until) {
        if (updateIds.isEmpty()) {
            return 0;
        }
        String[] arguments = new String[updateIds.size() + 2];
        arguments[0] = owner;
        arguments[1] = Long.toString(until.toEpochMilli());
        int i = 2;
        for (Long id : updateIds) {
            arguments[i++] = Long.toString(id);
        }
        Long set = redis.call("hold owed replies", c -> HOLD.run(c, ScriptOutputType.INTEGER,
                new String[] {keys.owedHolds(), keys.owedReplies()}, arguments));
        return set == null ? 0 : set.intValue();
    }

    @Override
    public void repliesSent(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return;
        }
        String[] fields = updateIds.stream().map(String::valueOf).toArray(String[]::new);
        redis.call("replies sent", c -> c.hdel(keys.owedReplies(), fields));
        redis.call("replies sent", c -> c.hdel(keys.owedHolds(), fields));
    }

    @Override
    public List<OwedReplies> repliesOwed(int limit) {
        Map<String, String> all = redis.call("replies owed", c -> c.hgetall(keys.owedReplies()));
        return all.entrySet().stream()
                .map(e -> owed(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(OwedReplies::updateId))
                .limit(limit)
                .toList();
    }

    /** @return the owed replies of a field of the owed hash ({@code <chat>:<replies>}) */
    private static OwedReplies owed(String id, String value) {
        int colon = value.indexOf(':', 1);
        return new OwedReplies(Long.parseLong(id), Long.parseLong(value.substring(0, colon)),
                value.substring(colon + 1));
    }

    @Override
    public boolean isProcessed(long updateId) {
        Long exists = redis.call("look up update", c -> c.exists(keys.update(updateId)));
        return exists != null && exists == 1L;
    }

    /**
     * The index's members are the recorded ids, scored by time, not by id: they are scanned ({@code ZSCAN}, a
     * thousand a round trip, nothing that blocks Redis) for the highest. Read once when long polling starts. An id
     * whose key expired a moment before its index entry was trimmed may still count: never lower than the truth.
     */
    @Override
    public OptionalLong highestRecorded() {
        long highest = Long.MIN_VALUE;
        boolean any = false;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            ScanCursor from = cursor;
            ScoredValueScanCursor<String> page = redis.call("highest update", c -> c.zscan(keys.updateIndex(), from,
                    ScanArgs.Builder.limit(1000)));
            for (ScoredValue<String> entry : page.getValues()) {
                highest = Math.max(highest, Long.parseLong(entry.getValue()));
                any = true;
            }
            cursor = page;
        } while (!cursor.isFinished());
        return any ? OptionalLong.of(highest) : OptionalLong.empty();
    }

    /** Expiry forgets on its own; this forgets earlier, by the time each update was recorded. */
    @Override
    public int forgetBefore(Instant before) {
        String until = Long.toString(before.toEpochMilli());
        int forgotten = 0;
        while (true) {
            List<Object> result = redis.call("forget updates", c -> FORGET.run(c, ScriptOutputType.MULTI,
                    new String[] {keys.updateIndex(), keys.owedReplies(), keys.owedHolds()}, until, keys.updatePrefix(), Integer.toString(FORGET_BATCH)));
            forgotten += ((Long) result.get(0)).intValue();
            if ((Long) result.get(1) < FORGET_BATCH) {
                return forgotten;
            }
        }
    }
}
