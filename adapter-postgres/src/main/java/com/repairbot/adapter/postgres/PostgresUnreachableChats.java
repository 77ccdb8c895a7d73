package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.staff.ChatId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Unreachable chats in {@code unreachable_chats}, one row per chat. */
public final class PostgresUnreachableChats implements UnreachableChats {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresUnreachableChats(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void mark(UnreachableMark mark) {
        database.write(handle -> handle.createUpdate("INSERT INTO unreachable_chats (chat_id, reason, since, since_ns)"
                        + " VALUES (:chat, :reason, :since, :since_ns)"
                        + " ON CONFLICT (chat_id) DO UPDATE SET reason = excluded.reason")
                .bind("chat", mark.chat().value()).bind("reason", mark.reason().name())
                .bind("since", PostgresTime.at(mark.since()))
                .bind("since_ns", PostgresTime.nanosBelowMicros(mark.since())).execute());
    }

    @Override
    public boolean clear(ChatId chat) {
        return database.write(handle -> handle.createUpdate("DELETE FROM unreachable_chats WHERE chat_id = :chat")
                .bind("chat", chat.value()).execute()) > 0;
    }

    @Override
    public Optional<UnreachableMark> find(ChatId chat) {
        return database.read(handle -> handle.createQuery("SELECT chat_id, reason, since, since_ns"
                        + " FROM unreachable_chats WHERE chat_id = :chat")
                .bind("chat", chat.value()).map((rs, ctx) -> mark(rs)).findOne());
    }

    @Override
    public List<UnreachableMark> all() {
        return database.read(handle -> handle.createQuery("SELECT chat_id, reason, since, since_ns"
                        + " FROM unreachable_chats ORDER BY chat_id")
                .map((rs, ctx) -> mark(rs)).list());
    }

    private static UnreachableMark mark(ResultSet rs) throws SQLException {
        return new UnreachableMark(new ChatId(rs.getLong("chat_id")),
                UnreachableMark.Reason.valueOf(rs.getString("reason")),
                PostgresTime.instant(rs, "since", "since_ns"));
    }
}
