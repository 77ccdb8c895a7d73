package com.repairbot.adapter.telegram;

import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.repairbot.adapter.telegram.SendScheduler.Priority;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.adapter.telegram.TelegramRenderer.Piece;
import com.repairbot.application.conversation.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Sends neutral messages to a chat: renders them and queues every piece in the send scheduler. At most one
 * message of a batch replaces the message whose button was pressed; when Telegram will not edit it (too old,
 * deleted), a new message is sent in its place. A message for a group that became a supergroup goes to the
 * supergroup (see {@link GroupUpgrades}): when Telegram refuses a send with the new id, the application is told
 * and the message is sent once more, there.
 */
final class MessageSender {

    private final TelegramApi api;
    private final TelegramRenderer renderer;
    private final SendScheduler scheduler;
    private final GroupUpgrades upgrades;

    MessageSender(TelegramApi api, TelegramRenderer renderer, SendScheduler scheduler, GroupUpgrades upgrades) {
        this.api = api;
        this.renderer = renderer;
        this.scheduler = scheduler;
        this.upgrades = upgrades;
    }

    /** @return the chat a message for that chat goes to now (another one if the group was upgraded) */
    long chatNow(long chat) {
        return upgrades.current(chat);
    }

    /**
     * @param replaceable the message whose button was pressed, if any
     * @return one future per Telegram message, in order; each completes with the id of the message shown
     */
    List<CompletableFuture<Integer>> send(long addressee, List<Outbound> messages, OptionalInt replaceable,
                                          Priority priority) {
        long chat = upgrades.current(addressee);
        // a message of the old group cannot be edited through the supergroup's id: a new one is sent
        OptionalInt editable = chat == addressee ? replaceable : OptionalInt.empty();
        List<CompletableFuture<Integer>> sent = new ArrayList<>();
        boolean replaced = false;
        for (Outbound message : messages) {
            OptionalInt target = message.replacing() && !replaced ? editable : OptionalInt.empty();
            for (Piece piece : renderer.render(chat, message, target)) {
                replaced |= piece.editMessageId().isPresent();
                sent.add(scheduler.submit(chat, priority, new PieceAttempt(chat, piece)));
            }
        }
        return sent;
    }

    /**
     * Sends or edits one piece; an edit Telegram refuses becomes a new message on the next go, and a piece for a
     * group upgraded meanwhile goes to the supergroup on the next go (once).
     */
    private final class PieceAttempt implements SendScheduler.Attempt<Integer> {
        private volatile long chat;
        private final Piece piece;
        private volatile boolean edit;
        private volatile boolean followedUpgrade;

        PieceAttempt(long chat, Piece piece) {
            this.chat = chat;
            this.piece = piece;
            this.edit = piece.editMessageId().isPresent();
        }

        @Override
        public Integer run() {
            long now = upgrades.current(chat);
            if (now != chat) { // the group was upgraded while this waited in the queue
                chat = now;
                edit = false;
            }
            try {
                return deliver();
            } catch (TelegramCallException refused) {
                if (refused.migratedTo().isEmpty() || followedUpgrade) {
                    throw refused;
                }
                // "group chat was upgraded to a supergroup chat": the application follows the group, and this
                // piece is sent once more, to the supergroup, as a new message
                long to = refused.migratedTo().get();
                upgrades.follow(new GroupUpgrades.Move(chat, to));
                chat = to;
                edit = false;
                followedUpgrade = true;
                throw new SendScheduler.TryAgain();
            }
        }

        private Integer deliver() {
            if (piece.document().isPresent()) {
                return TelegramDocuments.send(api, chat, piece);
            }
            if (!piece.album().isEmpty()) {
                return TelegramAlbums.send(api, chat, piece);
            }
            if (edit) {
                int messageId = piece.editMessageId().getAsInt();
                JsonBody request = new JsonBody().field("chat_id", chat).field("message_id", messageId)
                        .field("text", piece.html()).field("parse_mode", "HTML");
                if (piece.keyboard() instanceof InlineKeyboardMarkup markup) {
                    request.markup(markup);
                }
                try {
                    api.send("editMessageText", request.json());
                    return messageId;
                } catch (TelegramCallException refused) {
                    if (refused.kind() == Kind.REJECTED && refused.says("message is not modified")) {
                        return messageId; // it shows exactly this already
                    }
                    if (refused.kind() == Kind.REJECTED && (refused.says("can't be edited")
                            || refused.says("message to edit not found") || refused.says("message_id_invalid"))) {
                        edit = false;
                        throw new SendScheduler.TryAgain();
                    }
                    throw refused;
                }
            }
            String request = new JsonBody().field("chat_id", chat).field("text", piece.html())
                    .field("parse_mode", "HTML").markup(piece.keyboard()).json();
            return (int) api.send("sendMessage", request);
        }
    }
}
