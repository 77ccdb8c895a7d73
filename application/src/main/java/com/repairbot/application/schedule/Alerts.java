package com.repairbot.application.schedule;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.ScheduleLedger;
import com.repairbot.application.port.out.Transactions;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.staff.ChatId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Gives an alert once: the ledger entry and the notifications are written in one transaction, so that an alert
 * is either remembered and queued, or neither (and the next run gives it).
 */
final class Alerts {

    private final Transactions transactions;
    private final ScheduleLedger ledger;
    private final Outbox outbox;
    private final Clock clock;

    Alerts(Transactions transactions, ScheduleLedger ledger, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param code what kind of alert, e.g. {@code overdue}; with the request and its status the key of "once"
     * @return whether it was given now (false: it was given before)
     */
    boolean once(RepairRequest request, String code, NotificationKind kind, Collection<ChatId> to) {
        Instant now = clock.instant();
        return transactions.write(() -> {
            if (!ledger.firstTime(request.number(), request.status(), code, now)) {
                return false;
            }
            to.forEach(chat -> outbox.enqueue(new Notification(chat, kind, request.number(),
                    request.status().name()), now));
            return true;
        });
    }
}
