package com.repairbot.adapter.telegram;

import com.repairbot.adapter.telegram.SendScheduler.Priority;
import com.repairbot.adapter.telegram.TelegramCallException.Kind;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.PostedMessage;
import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.domain.staff.ChatId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's way out: a notification goes through the send scheduler at bulk priority (after the replies
 * people are waiting for) and this waits until it is sent, and says where it went so that a request card can be
 * edited in place later. A recipient who blocked the bot, or a group that
 * removed it, can never be reached: that failure is permanent, so the outbox stops trying.
 */
final class TelegramMessenger implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(TelegramMessenger.class);

    private final MessageSender sender;
    private final Duration wait;
    private final ChannelEvents events;

    TelegramMessenger(MessageSender sender, Duration wait, ChannelEvents events) {
        this.sender = sender;
        this.wait = wait;
        this.events = events;
    }

    @Override
    public void send(ChatId chat, Outbound message) {
        post(chat, message);
    }

    /** @return where the message went: its last piece, the one that carries the buttons */
    @Override
    public Optional<PostedMessage> post(ChatId chat, Outbound message) {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(message, "message");
        // a notification is always a new message: the message it could replace is not known here
        Outbound fresh = message.replacing()
                ? new Outbound(message.text(), message.options(), message.presentation(), false, message.document())
                : message;
        return shown(chat, fresh, OptionalInt.empty());
    }

    /**
     * Edits the earlier message ({@code editMessageText} with its inline keyboard; "message is not modified" is
     * success); when Telegram no longer lets it be edited ("message to edit not found", too old), the message
     * is sent anew and that is where it is now.
     */
    @Override
    public Optional<PostedMessage> replace(PostedMessage earlier, Outbound message) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(message, "message");
        return shown(earlier.chat(), message.asReplacement(), OptionalInt.of((int) earlier.messageId()));
    }

    private Optional<PostedMessage> shown(ChatId chat, Outbound message, OptionalInt replaceable) {
        List<CompletableFuture<Integer>> parts = sender.send(chat.value(), List.of(message), replaceable,
                Priority.BULK);
        CompletableFuture<Void> all = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new));
        try {
            all.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            parts.forEach(part -> part.cancel(false));
            DeliveryException translated = translate(failed.getCause(), chat.value());
            if (translated.permanent()) {
                // never retried, so said here once: a blocked bot, a group that removed it, a chat that is gone
                log.warn("a notification to chat {} was refused for good: {}", chat.value(),
                        translated.getMessage());
                events.replyRefused(failed.getCause() instanceof TelegramCallException call
                        && call.kind() == Kind.FORBIDDEN ? "forbidden" : "rejected");
            }
            throw translated;
        } catch (TimeoutException slow) {
            parts.forEach(part -> part.cancel(false)); // not sent later behind the outbox's back
            throw new DeliveryException("sending to chat " + chat + " took longer than " + wait, false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            parts.forEach(part -> part.cancel(false));
            throw new DeliveryException("interrupted while sending to chat " + chat, false);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        int id = parts.getLast().join();
        // where it went: the supergroup, if the group was upgraded
        return id > 0 ? Optional.of(new PostedMessage(new ChatId(sender.chatNow(chat.value())), id))
                : Optional.empty();
    }

    /**
     * @param chat where the message was going: a 403 in a private chat means the person blocked the bot, in a group
     *             that the bot was removed
     */
    static DeliveryException translate(Throwable failure, long chat) {
        if (failure instanceof TelegramCallException call) {
            // 403: blocked by the user, or not in the group any more; 400: the chat does not exist or the
            // message can never be accepted as it is. Trying the same again cannot help.
            boolean permanent = call.kind() == Kind.FORBIDDEN || call.kind() == Kind.REJECTED;
            return new DeliveryException(call.getMessage(), permanent, unreachable(call, chat));
        }
        return new DeliveryException("could not send: " + failure.getClass().getSimpleName(), false);
    }

    /** @return why the chat itself cannot be written to, when the refusal says so (not for a refused message) */
    static Optional<UnreachableMark.Reason> unreachable(TelegramCallException call, long chat) {
        if (call.kind() == Kind.FORBIDDEN) {
            return Optional.of(chat > 0 ? UnreachableMark.Reason.BLOCKED : UnreachableMark.Reason.REMOVED);
        }
        if (call.kind() == Kind.REJECTED && call.says("chat not found")) {
            return Optional.of(UnreachableMark.Reason.GONE);
        }
        return Optional.empty();
    }
}
