package com.repairbot.application.port.out;

import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import java.util.Objects;

/**
 * A message to send because something happened: decided in the transaction of the change, delivered
 * later (at least once) from the {@link Outbox}. It names what to say, not the words: the words are made
 * at delivery, in the recipient's language, from the request as it is then.
 *
 * @param recipient the chat to write to (a user's private chat, a work group, the staff group)
 * @param kind      what happened
 * @param request   the request concerned
 * @param detail    a stable detail, e.g. the new status name; empty when none
 */
public record Notification(ChatId recipient, NotificationKind kind, RequestNumber request, String detail) {

    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(request, "request");
        detail = detail == null ? "" : detail;
    }
}
