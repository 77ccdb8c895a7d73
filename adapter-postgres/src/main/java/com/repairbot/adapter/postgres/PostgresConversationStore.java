package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Dialogs in {@code conversations} (step, version, last save) with their answers in {@code conversation_data},
 * for deployments without Redis. A save is one unit of work: compare-and-set on the version, then the answers
 * replaced, so a reader sees the old dialog or the new one, never a mix. A dialog whose last save is more than
 * the TTL ago counts as gone.
 */
public final class PostgresConversationStore implements ConversationStore {

    /** One row of the load query: the dialog, with one of its answers (key and value null when it has none). */
    private record Row(String stepId, long version, Instant updatedAt, String key, String value) {
    }

    private final PostgresDatabase database;
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param database the database
     * @param clock    the time, for expiry
     * @param ttl      how long an untouched dialog is kept
     */
    public PostgresConversationStore(PostgresDatabase database, Clock clock, Duration ttl) {
        this.database = database;
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    public Optional<Conversation> load(ConversationKey key) {
        // one statement, so the step and the answers come from the same snapshot
        List<Row> rows = database.read(handle -> handle.createQuery("SELECT c.step_id, c.version, c.updated_at, c.updated_at_ns, "
                        + "d.key, d.value FROM conversations c LEFT JOIN conversation_data d "
                        + "ON d.chat_id = c.chat_id AND d.user_id = c.user_id "
                        + "WHERE c.chat_id = :chat AND c.user_id = :user AND c.updated_at >= :live_since")
                .bind("chat", key.chat().value())
                .bind("user", key.user().value())
                .bind("live_since", PostgresTime.at(liveSince()))
                .map((rs, ctx) -> new Row(rs.getString("step_id"), rs.getLong("version"),
                        PostgresTime.instant(rs, "updated_at", "updated_at_ns"), rs.getString("key"), rs.getString("value")))
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> data = new HashMap<>();
        rows.stream().filter(row -> row.key() != null).forEach(row -> data.put(row.key(), row.value()));
        Row first = rows.getFirst();
        return Optional.of(new Conversation(first.stepId(), data, first.version(), first.updatedAt()));
    }

    @Override
    public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        return database.write(handle -> {
            Instant liveSince = liveSince();
            boolean won = expectedVersion == 0
                    ? start(handle, key, conversation, liveSince)
                    : moveOn(handle, key, conversation, expectedVersion, liveSince);
            if (won) {
                replaceData(handle, key, conversation.data());
            }
            return won;
        });
    }

    @Override
    public void delete(ConversationKey key) {
        // the answers go with it: ON DELETE CASCADE
        database.write(handle -> handle.createUpdate("DELETE FROM conversations WHERE chat_id = :chat AND user_id = :user")
                .bind("chat", key.chat().value()).bind("user", key.user().value()).execute());
    }

    /** Inserts the dialog unless a live one exists; an expired one of this person is replaced. */
    private static boolean start(Handle handle, ConversationKey key, Conversation conversation, Instant liveSince) {
        // an expired dialog counts as none; sweeping every expired one here also keeps the table small
        handle.createUpdate("DELETE FROM conversations WHERE updated_at < :live_since")
                .bind("live_since", PostgresTime.at(liveSince)).execute();
        return handle.createUpdate("INSERT INTO conversations (chat_id, user_id, step_id, version, updated_at, "
                        + "updated_at_ns) VALUES (:chat, :user, :step, :version, :updated_at, :updated_at_ns) "
                        + "ON CONFLICT (chat_id, user_id) DO NOTHING")
                .bind("chat", key.chat().value())
                .bind("user", key.user().value())
                .bind("step", conversation.stepId())
                .bind("version", conversation.version())
                .bind("updated_at", PostgresTime.at(conversation.updatedAt()))
                .bind("updated_at_ns", PostgresTime.nanosBelowMicros(conversation.updatedAt()))
                .execute() == 1;
    }

    /** Compare-and-set in SQL: only a live dialog still at the expected version is moved on. */
    private static boolean moveOn(Handle handle, ConversationKey key, Conversation conversation, long expectedVersion,
                                  Instant liveSince) {
        return handle.createUpdate("UPDATE conversations SET step_id = :step, version = :version, "
                        + "updated_at = :updated_at, updated_at_ns = :updated_at_ns WHERE chat_id = :chat AND user_id = :user "
                        + "AND version = :expected AND updated_at >= :live_since")
                .bind("step", conversation.stepId())
                .bind("version", conversation.version())
                .bind("updated_at", PostgresTime.at(conversation.updatedAt()))
                .bind("updated_at_ns", PostgresTime.nanosBelowMicros(conversation.updatedAt()))
                .bind("chat", key.chat().value())
                .bind("user", key.user().value())
                .bind("expected", expectedVersion)
                .bind("live_since", PostgresTime.at(liveSince))
                .execute() == 1;
    }

    private static void replaceData(Handle handle, ConversationKey key, Map<String, String> data) {
        handle.createUpdate("DELETE FROM conversation_data WHERE chat_id = :chat AND user_id = :user")
                .bind("chat", key.chat().value()).bind("user", key.user().value()).execute();
        if (data.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO conversation_data (chat_id, user_id, key, value) VALUES (:chat, :user, :key, :value)");
        data.forEach((k, v) -> batch.bind("chat", key.chat().value()).bind("user", key.user().value())
                .bind("key", k).bind("value", v).add());
        batch.execute();
    }

    /** A dialog is live while {@code updated_at + ttl} is not before now, i.e. {@code updated_at >= now - ttl}. */
    private Instant liveSince() {
        return clock.instant().minus(ttl);
    }
}
