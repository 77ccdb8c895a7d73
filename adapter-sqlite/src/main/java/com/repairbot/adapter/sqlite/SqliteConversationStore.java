package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Dialogs in {@code conversations} (step, version, last save) with their answers in {@code conversation_data},
 * one row per answer. A save is one unit of work on the writer: compare-and-set on the version, then the
 * answers replaced, so a reader sees the old dialog or the new one, never a mix. A dialog whose last save is
 * more than the TTL ago counts as gone.
 */
public final class SqliteConversationStore implements ConversationStore {

    /** One row of the load query: the dialog, with one of its answers (key and value null when it has none). */
    private record Row(String stepId, long version, String updatedAt, String key, String value) {
    }

    private final SqliteDatabase database;
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param database the file
     * @param clock    the time, for expiry
     * @param ttl      how long an untouched dialog is kept
     */
    public SqliteConversationStore(SqliteDatabase database, Clock clock, Duration ttl) {
        this.database = database;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * An expired dialog is only hidden here, not deleted: a load stays a read on the pool instead of queuing
     * for the writer; the next new dialog's save removes it.
     */
    @Override
    public Optional<Conversation> load(ConversationKey key) {
        // one statement, so the step and the answers come from the same snapshot even while the writer commits
        List<Row> rows = database.read(handle -> handle.createQuery("SELECT c.step_id, c.version, c.updated_at, "
                        + "d.key, d.value FROM conversations c LEFT JOIN conversation_data d "
                        + "ON d.chat_id = c.chat_id AND d.user_id = c.user_id "
                        + "WHERE c.chat_id = :chat AND c.user_id = :user AND c.updated_at >= :live_since")
                .bind("chat", key.chat().value())
                .bind("user", key.user().value())
                .bind("live_since", liveSince())
                .map((rs, ctx) -> new Row(rs.getString("step_id"), rs.getLong("version"),
                        rs.getString("updated_at"), rs.getString("key"), rs.getString("value")))
                .list());
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> data = new HashMap<>();
        rows.stream().filter(row -> row.key() != null).forEach(row -> data.put(row.key(), row.value()));
        Row first = rows.getFirst();
        return Optional.of(new Conversation(first.stepId(), data, first.version(),
                SqliteTime.parse(first.updatedAt())));
    }

    @Override
    public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
        return database.write(handle -> {
            String liveSince = liveSince();
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
        // the answers go with it: ON DELETE CASCADE (foreign keys are on for every connection)
        database.write(handle -> handle.createUpdate("DELETE FROM conversations WHERE chat_id = ? AND user_id = ?")
                .bind(0, key.chat().value()).bind(1, key.user().value()).execute());
    }

    /** Inserts the dialog unless a live one exists; expired ones (anyone's) are removed first. */
    private static boolean start(Handle handle, ConversationKey key, Conversation conversation, String liveSince) {
        // an expired dialog counts as none; sweeping every expired one here also keeps the table small
        handle.createUpdate("DELETE FROM conversations WHERE updated_at < ?").bind(0, liveSince).execute();
        return handle.createUpdate("INSERT INTO conversations (chat_id, user_id, step_id, version, updated_at) "
                        + "VALUES (:chat, :user, :step, :version, :updated_at) "
                        + "ON CONFLICT (chat_id, user_id) DO NOTHING")
                .bind("chat", key.chat().value())
                .bind("user", key.user().value())
                .bind("step", conversation.stepId())
                .bind("version", conversation.version())
                .bind("updated_at", SqliteTime.format(conversation.updatedAt()))
                .execute() == 1;
    }

    /** Compare-and-set in SQL: only a live dialog still at the expected version is moved on. */
    private static boolean moveOn(Handle handle, ConversationKey key, Conversation conversation, long expectedVersion,
                                  String liveSince) {
        return handle.createUpdate("UPDATE conversations SET step_id = :step, version = :version, "
                        + "updated_at = :updated_at WHERE chat_id = :chat AND user_id = :user "
                        + "AND version = :expected AND updated_at >= :live_since")
                .bind("step", conversation.stepId())
                .bind("version", conversation.version())
                .bind("updated_at", SqliteTime.format(conversation.updatedAt()))
                .bind("chat", key.chat().value())
                .bind("user", key.user().value())
                .bind("expected", expectedVersion)
                .bind("live_since", liveSince)
                .execute() == 1;
    }

    private static void replaceData(Handle handle, ConversationKey key, Map<String, String> data) {
        handle.createUpdate("DELETE FROM conversation_data WHERE chat_id = ? AND user_id = ?")
                .bind(0, key.chat().value()).bind(1, key.user().value()).execute();
        if (data.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO conversation_data (chat_id, user_id, key, value) VALUES (:chat, :user, :key, :value)");
        data.forEach((k, v) -> batch.bind("chat", key.chat().value()).bind("user", key.user().value())
                .bind("key", k).bind("value", v).add());
        batch.execute();
    }

    /**
     * A dialog is live while {@code updated_at + ttl} is not before now, i.e. {@code updated_at >= now - ttl};
     * fixed-width instants compare correctly as text.
     */
    private String liveSince() {
        return SqliteTime.format(clock.instant().minus(ttl));
    }
}
