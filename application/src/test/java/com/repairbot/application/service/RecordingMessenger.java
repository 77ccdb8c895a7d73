package com.repairbot.application.service;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.domain.staff.ChatId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A messenger that keeps what it was asked to send, and fails the next sends when told to. */
final class RecordingMessenger implements Messenger {

    /**
     * One message that went out.
     *
     * @param chat    where to
     * @param message what
     */
    record Sent(ChatId chat, Outbound message) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final Deque<DeliveryException> failures = new ArrayDeque<>();
    private int attempts;

    /** The next send fails with a network error; it may succeed later. */
    RecordingMessenger failNextTransiently() {
        failures.add(new DeliveryException("network unreachable", false));
        return this;
    }

    /** The next send fails for good (the recipient blocked the bot). */
    RecordingMessenger failNextPermanently() {
        failures.add(new DeliveryException("bot was blocked by the user", true));
        return this;
    }

    /** The next send fails for good because the chat cannot be written to any more, as Telegram said. */
    RecordingMessenger failNextUnreachable(com.repairbot.application.port.out.UnreachableMark.Reason reason) {
        failures.add(new DeliveryException("403 Forbidden", true, java.util.Optional.of(reason)));
        return this;
    }

    @Override
    public void send(ChatId chat, Outbound message) {
        attempts++;
        DeliveryException failure = failures.poll();
        if (failure != null) {
            throw failure;
        }
        sent.add(new Sent(chat, message));
    }

    /** @return what went out, in order */
    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** @return the one message that went out */
    Sent only() {
        if (sent.size() != 1) {
            throw new AssertionError("expected one message, got " + sent);
        }
        return sent.getFirst();
    }

    /** @return how many sends were tried, failed ones included */
    int attempts() {
        return attempts;
    }
}
