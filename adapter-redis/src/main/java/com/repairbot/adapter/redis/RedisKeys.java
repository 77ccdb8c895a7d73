package com.repairbot.adapter.redis;

import com.repairbot.application.port.out.ConversationKey;
import java.util.Objects;

/**
 * The names of every key the bot keeps in Redis, in one place (README "Redis"). With the default empty
 * prefix the dialog keys are those of the bot this product replaces, {@code fsm:{chat_id}:{user_id}:state} and
 * {@code :data}, so that {@code redis-cli KEYS "fsm:*"} finds them; a prefix such as {@code repairbot:}
 * puts everything under one name when the Redis is shared with other programs.
 *
 * @param prefix put before every key; may be empty
 */
public record RedisKeys(String prefix) {

    /** The layout of the bot this product replaces, no prefix. */
    public static final RedisKeys DEFAULT = new RedisKeys("");

    public RedisKeys {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a Redis key prefix has no spaces or control characters");
        }
    }

    /** {@code fsm:{chat}:{user}:state}: the step id. */
    String state(ConversationKey key) {
        return dialog(key) + "state";
    }

    /** {@code fsm:{chat}:{user}:data}: the answers, a JSON object of strings. */
    String data(ConversationKey key) {
        return dialog(key) + "data";
    }

    /** {@code fsm:{chat}:{user}:version}: {@code <version> <last save, ISO-8601>}, for compare-and-set. */
    String version(ConversationKey key) {
        return dialog(key) + "version";
    }

    /** {@code <name>:lock}, e.g. {@code chat:42:lock}: the owner's token. */
    String lock(String name) {
        return prefix + name + ":lock";
    }

    /** {@code <key>:rate}, e.g. {@code user:42:rate}: a hash of the tokens left and when they were counted. */
    String bucket(String key) {
        return prefix + key + ":rate";
    }

    /** {@code update:<id>}: the handled update, with when it was handled. */
    String update(long updateId) {
        return updatePrefix() + updateId;
    }

    /** {@code update:}, the start of every update key. */
    String updatePrefix() {
        return prefix + "update:";
    }

    /** {@code updates}: a sorted set of the handled update ids by when they were handled (for forgetting). */
    String updateIndex() {
        return prefix + "updates";
    }

    /** {@code owed}: a hash of the replies still owed, by update id ({@code <chat>:<replies>}). */
    String owedReplies() {
        return prefix + "owed";
    }

    /**
     * {@code owed-held}: a hash of who holds the owed replies of an update and until when, by update id
     * ({@code <until epoch ms>|<owner>}, ADR 0034).
     */
    String owedHolds() {
        return prefix + "owed-held";
    }

    private String dialog(ConversationKey key) {
        return prefix + "fsm:" + key.chat().value() + ":" + key.user().value() + ":";
    }
}
