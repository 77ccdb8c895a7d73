package com.repairbot.adapter.postgres;

import com.repairbot.application.port.out.CardPlacement;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.util.List;
import java.util.Optional;

/** Card placements in {@code card_placements}, one row per request and chat. */
public final class PostgresCardPlacements implements CardPlacements {

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresCardPlacements(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public void remember(CardPlacement placement) {
        database.write(handle -> handle.createUpdate("INSERT INTO card_placements (request, chat_id, message_id)"
                        + " VALUES (:request, :chat, :message)"
                        + " ON CONFLICT (request, chat_id) DO UPDATE SET message_id = excluded.message_id")
                .bind("request", placement.request().value()).bind("chat", placement.message().chat().value())
                .bind("message", placement.message().messageId()).execute());
    }

    @Override
    public Optional<CardPlacement> find(RequestNumber request, ChatId chat) {
        return database.read(handle -> handle.createQuery("SELECT message_id FROM card_placements"
                        + " WHERE request = :request AND chat_id = :chat")
                .bind("request", request.value()).bind("chat", chat.value()).mapTo(Long.class).findOne()
                .map(id -> new CardPlacement(request, new PostedMessage(chat, id))));
    }

    @Override
    public List<CardPlacement> of(RequestNumber request) {
        return database.read(handle -> handle.createQuery("SELECT chat_id, message_id FROM card_placements"
                        + " WHERE request = :request ORDER BY chat_id")
                .bind("request", request.value())
                .map((rs, ctx) -> new CardPlacement(request, new PostedMessage(new ChatId(rs.getLong("chat_id")),
                        rs.getLong("message_id"))))
                .list());
    }

    @Override
    public int forgetChat(ChatId chat) {
        return database.write(handle -> handle.createUpdate("DELETE FROM card_placements WHERE chat_id = :chat")
                .bind("chat", chat.value()).execute());
    }
}
