package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups that Telegram upgraded to supergroups. The chat id changes with the upgrade: Telegram says so by a
 * service message ({@code migrate_to_chat_id} in the old group, {@code migrate_from_chat_id} in the new one)
 * and by refusing every later call to the old id (400 with {@code parameters.migrate_to_chat_id}). Either way
 * from then on whatever is sent to the old id goes to the new one, so nothing is dropped, and the move is
 * handed to {@link GroupMoveReports}, the inbound side that tells the application.
 */
final class GroupUpgrades {

    private static final Logger log = LoggerFactory.getLogger(GroupUpgrades.class);
    /** A chain of upgrades is not possible (a supergroup is never upgraded again); this only guards a cycle. */
    private static final int MOST_HOPS = 4;

    /** A group's move to its new id. */
    record Move(long from, long to) {
    }

    private final Map<Long, Long> moved = new ConcurrentHashMap<>();
    private final Consumer<Move> reports;

    /**
     * @param reports where each move is reported (every time it is seen; the receiver tells the application
     *                once): the channel's inbound side, never the sending side itself
     */
    GroupUpgrades(Consumer<Move> reports) {
        this.reports = reports;
    }

    /** @return the move a service message announces; empty for any other update */
    static Optional<Move> announced(Update update) {
        Message message = update == null ? null : update.message();
        if (message == null || message.chat() == null || message.chat().id() == null) {
            return Optional.empty();
        }
        long chat = message.chat().id();
        Long to = message.migrateToChatId();
        if (to != null && to != 0 && to != chat) {
            return Optional.of(new Move(chat, to));
        }
        Long from = message.migrateFromChatId();
        if (from != null && from != 0 && from != chat) {
            return Optional.of(new Move(from, chat));
        }
        return Optional.empty();
    }

    /** @return where a message for that chat goes now: the chat itself unless it was upgraded */
    long current(long chat) {
        long now = chat;
        for (int hop = 0; hop < MOST_HOPS; hop++) {
            Long next = moved.get(now);
            if (next == null) {
                return now;
            }
            now = next;
        }
        return now;
    }

    /**
     * Follows a move: later sends to the old id go to the new one at once, and the move is reported as an
     * inbound event (see {@link GroupMoveReports}), so that the application rebinds what pointed at the old id.
     */
    void follow(Move move) {
        if (moved.putIfAbsent(move.from(), move.to()) == null) {
            log.info("chat {} was upgraded to the supergroup {}: messages for it go there", move.from(), move.to());
        }
        reports.accept(move);
    }
}
