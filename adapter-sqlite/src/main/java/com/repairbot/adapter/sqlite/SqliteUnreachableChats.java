package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.UnreachableChats;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.staff.ChatId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Unreachable chats in {@code unreachable_chats}, one row per chat. */
public final class SqliteUnreachableChats implements UnreachableChats {

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteUnreachableChats(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public void mark(UnreachableMark mark) {
        database.write(handle -> handle.createUpdate("INSERT INTO unreachable_chats (chat_id, reason, since)"
                        + " VALUES (:chat, :reason, :since)"
                        + " ON CONFLICT (chat_id) DO UPDATE SET reason = excluded.reason")
                .bind("chat", mark.chat().value()).bind("reason", mark.reason().name())
                .bind("since", SqliteTime.format(mark.since())).execute());
    }

    @Override
    public boolean clear(ChatId chat) {
        return database.write(handle -> handle.createUpdate("DELETE FROM unreachable_chats WHERE chat_id = :chat")
                .bind("chat", chat.value()).execute()) > 0;
    }

    @Override
    public Optional<UnreachableMark> find(ChatId chat) {
        return database.read(handle -> handle.createQuery("SELECT chat_id, reason, since FROM unreachable_chats"
                        + " WHERE chat_id = ?")
                .bind(0, chat.value()).map((rs, ctx) -> mark(rs)).findOne());
    }

    @Override
    public List<UnreachableMark> all() {
        return database.read(handle -> handle.createQuery("SELECT chat_id, reason, since FROM unreachable_chats"
                        + " ORDER BY chat_id")
                .map((rs, ctx) -> mark(rs)).list());
    }

    private static UnreachableMark mark(ResultSet rs) throws SQLException {
        return new UnreachableMark(new ChatId(rs.getLong("chat_id")),
                UnreachableMark.Reason.valueOf(rs.getString("reason")), SqliteTime.parse(rs.getString("since")));
    }
}
