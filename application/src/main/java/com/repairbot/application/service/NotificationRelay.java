package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ClientRequestView;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.Outbox;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.Staff;
import com.repairbot.application.text.Cards;
import com.repairbot.application.text.ClientCards;
import com.repairbot.application.text.Messages;
import com.repairbot.application.text.Names;
import com.repairbot.application.text.NotificationLanguage;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.PhoneVisibility;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;


/**
 * Delivers the outbox: renders each due notification from the request as it is now and sends it through
 * the {@link Messenger}; request cards in work groups are posted once and then edited in place. A failed send
 * is retried later with a growing delay; a send that can never succeed (the recipient blocked the bot, the bot
 * was removed from the group) is dropped and counted ({@link #refusedForGood()}; the channel logs why), and the
 * chat is marked unreachable ({@link Reachability}): nothing more is sent there until the mark clears.
 * Delivery is at least once: a crash between the send and {@link Outbox#delivered} sends it again (after
 * {@link #CLAIM_HOLD}). Each round claims what it sends, so relays of several instances on one outbox never send
 * the same notification twice.
 */
public final class NotificationRelay {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration LAST_RETRY = Duration.ofMinutes(30);
    /**
     * How long a round's notifications are this relay's alone (other instances' relays skip them): longer
     * than a round of 50 sends at Telegram's pace, short enough that those held by a crashed instance go out
     * soon after.
     */
    static final Duration CLAIM_HOLD = Duration.ofMinutes(2);

    private final ApplicationSettings settings;
    private final Outbox outbox;
    private final RepairRequests requests;
    private final Messenger messenger;
    private final TechnicianCards cards;
    private final NotificationLanguage languages;
    private final Clock clock;
    private final Set<ChatId> busy = ConcurrentHashMap.newKeySet();
    private final Set<Long> underway = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();
    private final Reachability reachability;

    /**
     * Wires the relay to its ports.
     *
     * @param staff      technicians and their work groups (whose card is whose)
     * @param placements where the request cards were posted
     * @param reachability which chats cannot be written to: nothing is sent there, and a chat refused for good is
     *                   marked
     */
    public NotificationRelay(ApplicationSettings settings, Outbox outbox, RepairRequests requests, Staff staff,
                             CardPlacements placements, Messenger messenger, Clock clock, Reachability reachability) {
        this.reachability = reachability;
        this.settings = settings;
        this.outbox = outbox;
        this.requests = requests;
        this.messenger = messenger;
        this.cards = new TechnicianCards(settings, staff, placements, messenger);
        this.languages = new NotificationLanguage(staff);
        this.clock = clock;
    }

    /**
     * Sends what is due now, one after another on the calling thread.
     *
     * @param limit at most this many
     * @return how many were delivered
     */
    public int deliverDue(int limit) {
        int delivered = 0;
        for (PendingNotification pending : outbox.claim(clock.instant(), limit, CLAIM_HOLD)) {
            if (deliver(pending)) {
                delivered++;
            }
        }
        return delivered;
    }

    /**
     * Hands what is due now to {@code perChat}, one task per recipient, and returns at once: each recipient's
     * notifications go out in order, recipients in parallel, so one chat waiting out a long {@code retry_after}
     * or a hung call delays nobody else. A recipient still busy with earlier notifications is left for a later
     * round, and so are the notifications on their way.
     *
     * @param limit   at most this many
     * @param perChat where each recipient's notifications are sent
     * @return how many were handed out
     */
    public int deliverDue(int limit, Executor perChat) {
        Map<ChatId, List<PendingNotification>> byRecipient = new LinkedHashMap<>();
        for (PendingNotification pending : outbox.claim(clock.instant(), limit, CLAIM_HOLD)) {
            if (!underway.contains(pending.id())) {
                byRecipient.computeIfAbsent(pending.notification().recipient(), r -> new ArrayList<>()).add(pending);
            }
        }
        int handed = 0;
        for (Map.Entry<ChatId, List<PendingNotification>> entry : byRecipient.entrySet()) {
            ChatId recipient = entry.getKey();
            List<PendingNotification> batch = entry.getValue();
            if (!busy.add(recipient)) {
                continue; // still waiting for that chat: its own wait, nobody else's
            }
            batch.forEach(pending -> underway.add(pending.id()));
            Runnable done = () -> {
                batch.forEach(pending -> underway.remove(pending.id()));
                busy.remove(recipient);
            };
            try {
                perChat.execute(() -> {
                    try {
                        batch.forEach(this::deliver);
                    } finally {
                        done.run();
                    }
                });
                handed += batch.size();
            } catch (RejectedExecutionException stopping) {
                done.run();
            }
        }
        return handed;
    }

    /** @return whether no recipient's notifications are on their way (tests wait for this) */
    public boolean idle() {
        return busy.isEmpty();
    }

    /** @return how many notifications were refused for good and dropped since the start */
    public long refusedForGood() {
        return refused.get();
    }

    private boolean deliver(PendingNotification pending) {
        Notification notification = pending.notification();
        if (reachability.unreachable(notification.recipient())) {
            // blocked, removed or gone: sending again would only be refused again (counted, not retried)
            refused.incrementAndGet();
            outbox.delivered(pending.id());
            return false;
        }
        try {
            sendPhotosFirst(notification);
            if (TechnicianCards.handles(notification.kind())) {
                requests.find(notification.request()).ifPresent(request -> cards.deliver(notification, request));
            } else {
                render(notification).ifPresent(m -> messenger.send(notification.recipient(), m));
            }
            outbox.delivered(pending.id());
            return true;
        } catch (DeliveryException e) {
            if (e.permanent()) {
                // retrying cannot help: counted (the channel logs why) and dropped; a chat that is gone is marked
                refused.incrementAndGet();
                outbox.delivered(pending.id());
                e.unreachable().ifPresent(reason -> reachability.lost(notification.recipient(), reason));
            } else {
                outbox.retryLater(pending.id(), clock.instant().plus(backoff(pending.attempts())));
            }
            return false;
        }
    }

    /**
     * Where a new request's card goes (the office and the staff group told of it, the technician's work group when
     * assigned), the client's photos go first, as an album, by the channel's references.
     */
    private void sendPhotosFirst(Notification notification) {
        if (notification.kind() != NotificationKind.REQUEST_CREATED
                && notification.kind() != NotificationKind.REQUEST_ASSIGNED) {
            return;
        }
        requests.find(notification.request()).filter(request -> !request.clientSide().photos().isEmpty())
                .ifPresent(request -> messenger.send(notification.recipient(), Outbound.album(
                        request.clientSide().photos().stream().map(com.repairbot.domain.request.Photo::fileId)
                                .toList(),
                        languages.of(notification.recipient()).get("card.photos.caption",
                                request.number().value()))));
    }

    static Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 16));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }

    /**
     * A notice to the request's client, in their language, with their card only (never the office's card). Sent to
     * the client the request is linked to now: a notice for someone it is no longer linked to is not sent.
     */
    private Outbound toClient(Notification notification, RepairRequest request) {
        UserId client = new UserId(notification.recipient().value());
        Messages m = languages.of(notification.recipient()); // the language the client reads (ADR 0028)
        if (!request.clientSide().isClient(client)) {
            return Outbound.text(m.get("client.notify.other", request.number().value(), m.status(request.status())));
        }
        ClientRequestView view = ClientRequestView.of(request, Actor.of(client), settings.transitions());
        return Outbound.text(new ClientCards(m, settings.zone()).notice(notification.detail(), view));
    }

    /** @return the words of a notification; empty when its request no longer exists */
    Optional<Outbound> render(Notification notification) {
        Messages m = languages.of(notification.recipient());
        Names names = languages.names(notification.recipient());
        Optional<RepairRequest> found = requests.find(notification.request());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RepairRequest request = found.get();
        if (notification.kind() == NotificationKind.CLIENT_UPDATE) {
            return Optional.of(toClient(notification, request));
        }
        if (notification.kind().aboutStatus() && !request.status().name().equals(notification.detail())) {
            return Optional.empty(); // the request moved on: the alert or reminder is moot
        }
        Cards cards = new Cards(m, settings.zone(), names);
        long n = request.number().value();
        String detail = switch (notification.kind()) {
            case STATUS_CHANGED, OVERDUE, REMIND_ACCEPT, REMIND_ASSIGN, REMIND_VISIT ->
                    notification.detail().isEmpty() ? "" : m.status(Status.valueOf(notification.detail()));
            case REQUEST_EDITED -> m.get("field." + notification.detail());
            case REQUEST_ASSIGNED -> request.technician().map(names::of).orElse("");
            default -> notification.detail();
        };
        Optional<UserId> by = notification.kind() == NotificationKind.STATUS_CHANGED
                ? movedBy(request, notification.detail()) : Optional.empty();
        String headline = by.isPresent()
                ? m.get("notify.STATUS_CHANGED.by", n, detail, names.of(by.get()))
                : m.get("notify." + notification.kind().name(), n, detail);
        boolean forTechnician = notification.kind() == NotificationKind.REQUEST_ASSIGNED
                || notification.kind() == NotificationKind.ASSIGNED_TO_YOU
                || notification.kind() == NotificationKind.CLIENT_WAITING
                || notification.kind() == NotificationKind.REMIND_ACCEPT
                || notification.kind() == NotificationKind.REMIND_VISIT;
        // a technician taken off the request is no longer entitled to the client's phone at all
        // a cancel goes to the office and to the technician who had the request alike: the phone stays out
        PhoneVisibility.Viewer reader = notification.kind() == NotificationKind.UNASSIGNED_FROM_YOU
                || notification.kind() == NotificationKind.CANCELLED_BY_CLIENT
                ? PhoneVisibility.Viewer.SOMEONE_ELSE
                : forTechnician ? PhoneVisibility.Viewer.ASSIGNED_TECHNICIAN : PhoneVisibility.Viewer.OFFICE;
        boolean phoneVisible = PhoneVisibility.visible(reader, request);
        String text = headline + "\n\n" + cards.summary(request, phoneVisible);
        // a technician's notification of a request waiting for their answer offers what the table lets them do
        // (accept, decline); any other only Refresh
        List<List<Option>> buttons = forTechnician && request.status() == Status.ASSIGNED
                && request.technician().isPresent()
                ? CardButtons.forTechnician(m, settings.transitions(), request, request.technician().get())
                : CardButtons.refreshOnly(m, request.number());
        return Optional.of(Outbound.withOptions(text, buttons));
    }

    /** @return who made the latest move into that status ("accepted by Сергей П."), from the request's history */
    private Optional<UserId> movedBy(RepairRequest request, String status) {
        List<HistoryEntry> history = requests.history(request.number());
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (entry.to().name().equals(status) && entry.from().filter(entry.to()::equals).isEmpty()) {
                return Optional.of(entry.by());
            }
        }
        return Optional.empty();
    }
}
