package com.repairbot.application.port.out;

import java.util.Objects;

/**
 * A notification waiting in the outbox.
 *
 * @param id           the outbox's id for it
 * @param notification what to send
 * @param attempts     how many deliveries failed so far
 */
public record PendingNotification(long id, Notification notification, int attempts) {

    public PendingNotification {
        Objects.requireNonNull(notification, "notification");
    }
}
