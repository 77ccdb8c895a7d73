package com.repairbot.application.service;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Option;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ClientRequestView;
import com.repairbot.application.port.out.CardPlacements;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
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
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;


/**
 * Delivers the outbox: renders each due notification from the request as it is now and sends it through
 * the {@link Messenger}; request cards in work groups are posted once and then edited in place. A failed send
 * is retried later with a growing delay; a send that can never succeed (the recipient blocked the bot, the bot
 * was removed from the group) is dropped and counted ({@link #refusedForGood()}; the channel logs why), and the
 * chat is marked unreachable ({@link Reachability}): nothing more is sent there until the mark clears.
 * Delivery is at least once: a crash between the send and {@link Outbox#delivered} sends it again (after
 * {@link #KEPT_CLAIM_HOLD}; a live relay renews the hold on what it has not delivered yet, a stopping one gives it
 * back). Each round claims what it sends, so relays of several instances on one outbox never send
 * the same notification twice.
 * <p>
 * The outbox is written once a round, not once a notification: what was delivered since the last round is
 * removed in one write at the start of the next ({@link #flushDelivered}), before its claim; a crash in between
 * sends again only those (at most one round's sends), after the claim's hold. A request is read once a round
 * for all its notifications (a new request's go to every dispatcher): a notification shows the request as it
 * was at most one round before its send.
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
    /**
     * How long the notifications a relay hands to its recipients' lines are its alone; it keeps them while they are on
     * their way or held for a person in a dialog by renewing the hold every {@link #RENEW_EVERY}, so that those of an
     * instance that died go out half a minute later, not two.
     */
    static final Duration KEPT_CLAIM_HOLD = Duration.ofSeconds(30);
    /** How often a relay renews the hold on what it claimed and has not delivered yet (one write). */
    static final Duration RENEW_EVERY = Duration.ofSeconds(10);
    /**
     * A person who answered a step of a dialog this recently is in the middle of it: their notifications wait
     * until the dialog ends or goes quiet, so that the question they are answering (and its buttons) stays the
     * last message they see (docs/notifications.md).
     */
    static final Duration HOLD_WHILE_ANSWERING = Duration.ofSeconds(60);
    /** The longest a notification is held for a person in a dialog. */
    static final Duration LONGEST_HOLD = Duration.ofSeconds(90);

    private final ApplicationSettings settings;
    private final Outbox outbox;
    private final RepairRequests requests;
    private final Messenger messenger;
    private final TechnicianCards cards;
    private final NotificationLanguage languages;
    private final Staff staff;
    private final Clock clock;
    /** Each recipient's notifications on their way, in order; a recipient is here while its task runs. */
    private final Map<ChatId, ArrayDeque<PendingNotification>> lines = new HashMap<>();
    private final Set<Long> underway = ConcurrentHashMap.newKeySet();
    /** Notifications whose photos went out before their card failed: the retry sends the card alone. */
    private final Set<Long> albumSent = ConcurrentHashMap.newKeySet();
    /** When the hold on what this relay claimed and has not delivered is renewed next. */
    private volatile Instant renewAt = Instant.MIN;
    private final AtomicInteger backlog = new AtomicInteger();
    /** Notifications held for a person in the middle of a dialog, in order, with when the hold began. */
    private final Map<ChatId, Held> held = new HashMap<>();
    private final ConversationStore conversations;

    private record Held(Instant since, ArrayDeque<PendingNotification> waiting) {
    }
    private final AtomicLong refused = new AtomicLong();
    private final Reachability reachability;
    /** Delivered (or refused for good) and not yet removed from the outbox: removed together once a round. */
    private final ConcurrentLinkedQueue<Long> done = new ConcurrentLinkedQueue<>();
    /** The requests read this round, for all their notifications; a new map each round. */
    private volatile Map<RequestNumber, Optional<RepairRequest>> readThisRound = new ConcurrentHashMap<>();

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
        this(settings, outbox, requests, staff, placements, messenger, clock, reachability, null);
    }

    /**
     * Wires the relay to its ports, holding a person's notifications while they answer a dialog
     * ({@link #HOLD_WHILE_ANSWERING}, at most {@link #LONGEST_HOLD}).
     *
     * @param conversations the dialogs in progress; {@code null}: nothing is held
     */
    public NotificationRelay(ApplicationSettings settings, Outbox outbox, RepairRequests requests, Staff staff,
                             CardPlacements placements, Messenger messenger, Clock clock, Reachability reachability,
                             ConversationStore conversations) {
        this.conversations = conversations;
        this.reachability = reachability;
        this.settings = settings;
        this.outbox = outbox;
        this.requests = requests;
        this.messenger = messenger;
        this.cards = new TechnicianCards(settings, staff, placements, messenger);
        this.languages = new NotificationLanguage(staff);
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Sends what is due now, one after another on the calling thread.
     *
     * @param limit at most this many
     * @return how many were delivered
     */
    public int deliverDue(int limit) {
        newRound();
        int delivered = 0;
        List<PendingNotification> claimed = outbox.claim(clock.instant(), limit, CLAIM_HOLD);
        forgetReads();
        for (PendingNotification pending : claimed) {
            if (!underway.add(pending.id())) {
                continue; // delivered, its removal still to be written
            }
            Outcome outcome;
            try {
                outcome = deliver(pending);
            } catch (RuntimeException storeFailed) {
                underway.remove(pending.id()); // claimed: tried again after the hold
                throw storeFailed;
            }
            if (outcome == Outcome.RETRIED) {
                underway.remove(pending.id());
            } else if (outcome == Outcome.SENT) {
                delivered++;
            }
        }
        flushDelivered();
        return delivered;
    }

    /**
     * Removes from the outbox, in one write, what was delivered since the last time; a round does it first.
     * The stop calls it once the last sends are done. When the write fails, they are kept for the next time
     * (still claimed meanwhile, and not claimed again by this relay).
     */
    public void flushDelivered() {
        List<Long> ids = new ArrayList<>();
        for (Long id; (id = done.poll()) != null; ) {
            ids.add(id);
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            outbox.delivered(ids);
        } catch (RuntimeException storeFailed) {
            done.addAll(ids);
            throw storeFailed;
        }
        ids.forEach(underway::remove);
    }

    /**
     * Renews, at most every {@link #RENEW_EVERY}, the hold on what this relay claimed and has not delivered yet (on
     * its way, waiting in a line, held for a person in a dialog). A failed write is tried at the next round; should
     * the hold lapse meanwhile, another instance may send one of them too (at least once, as after a crash).
     */
    private void keepClaims() {
        Instant now = clock.instant();
        if (now.isBefore(renewAt)) {
            return;
        }
        List<Long> kept = notDelivered();
        try {
            outbox.holdUntil(kept, now.plus(KEPT_CLAIM_HOLD));
            renewAt = now.plus(RENEW_EVERY);
        } catch (RuntimeException storeFailed) {
            // tried again at the next round
        }
    }

    private List<Long> notDelivered() {
        Set<Long> delivered = Set.copyOf(done);
        return underway.stream().filter(id -> !delivered.contains(id)).toList();
    }

    /**
     * At a stop, once the lines have stopped: what this relay claimed and will not send now (held for people in a
     * dialog, still waiting in a line) is due again at once, for the next start or another instance, instead of after
     * the claim's hold. Call after {@link #flushDelivered}.
     *
     * @return how many were given back
     */
    public int giveBack() {
        List<Long> kept = notDelivered();
        synchronized (lines) {
            held.clear();
            lines.clear();
        }
        outbox.holdUntil(kept, clock.instant());
        kept.forEach(underway::remove);
        backlog.set(0);
        return kept.size();
    }

    /** Writes the last round's deliveries and forgets the requests it read. */
    private void newRound() {
        forgetReads();
        flushDelivered();
    }

    /**
     * Forgets the requests read so far; called again once the round's claim is in, because a line of an earlier round
     * may read a request between the round's start and its claim: that read may be older than a change whose
     * notification the claim then takes (an assignment's card rendered from the request before it, "no longer this
     * technician's", with no buttons; found by SeveralInstancesIT). Every read after the claim shows every change
     * whose notification it took.
     */
    private void forgetReads() {
        readThisRound = new ConcurrentHashMap<>();
    }

    /** @return the request as read this round (once for all its notifications) */
    private Optional<RepairRequest> request(RequestNumber number) {
        Map<RequestNumber, Optional<RepairRequest>> round = readThisRound;
        Optional<RepairRequest> read = round.get(number);
        if (read == null) {
            read = requests.find(number);
            Optional<RepairRequest> first = round.putIfAbsent(number, read);
            return first == null ? read : first;
        }
        return read;
    }

    /**
     * Hands what is due now to {@code perChat} and returns at once: each recipient's notifications go out in
     * order on one task of theirs, recipients in parallel, so one chat waiting out a long {@code retry_after} or
     * a hung call delays nobody else. A recipient whose task is still busy gets the new notifications added to
     * its line (they are not left claimed for {@link #CLAIM_HOLD} meanwhile). At most {@code limit} are claimed
     * and not yet sent at any time, so a round claims only what the last rounds sent: the channel's pace (the
     * send scheduler keeps Telegram's limits, replies to people first) sets the rate, not this method.
     *
     * @param limit   at most this many claimed and on their way
     * @param perChat where each recipient's notifications are sent (virtual threads in production: a task
     *                mostly waits for its chat's turn)
     * @return how many were handed out
     */
    public int deliverDue(int limit, Executor perChat) {
        newRound();
        keepClaims();
        release(perChat);
        int room = limit - backlog.get();
        if (room <= 0) {
            return 0;
        }
        int handed = 0;
        // started once the whole claim is in the lines: the last line out is the round's last (lastOut)
        List<ChatId> starts = new ArrayList<>();
        List<PendingNotification> claimed = outbox.claim(clock.instant(), room, KEPT_CLAIM_HOLD);
        forgetReads();
        for (PendingNotification pending : claimed) {
            if (!underway.add(pending.id())) {
                continue; // still in a recipient's line from an earlier round
            }
            ChatId recipient = pending.notification().recipient();
            boolean start;
            synchronized (lines) {
                Held waiting = held.get(recipient);
                if (waiting != null) {
                    waiting.waiting().addLast(pending); // behind those held before it
                    backlog.incrementAndGet();
                    handed++;
                    continue;
                }
                ArrayDeque<PendingNotification> line = lines.get(recipient);
                start = line == null;
                if (start) {
                    line = new ArrayDeque<>();
                    lines.put(recipient, line);
                }
                line.addLast(pending);
            }
            backlog.incrementAndGet();
            handed++;
            if (start) {
                starts.add(recipient);
            }
        }
        for (ChatId recipient : starts) {
            try {
                perChat.execute(() -> drain(recipient));
            } catch (RejectedExecutionException stopping) {
                drop(recipient); // claimed: sent after the hold, by the next start if need be
            }
        }
        return handed;
    }

    /** Sends a recipient's line until it is empty, or holds the rest while the person answers a dialog. */
    private void drain(ChatId recipient) {
        drainLine(recipient, null);
    }

    /**
     * Sends a recipient's line until it is empty. Before each send asks whether the person is answering a dialog (one
     * read of the dialog store; under Telegram's pace of a message a second per chat, at most one a second per person),
     * and then holds the rest. A line let out of a hold keeps the hold's start: should the person start another
     * dialog while it goes out, the rest is held again, until {@link #LONGEST_HOLD} after the first hold; from then on
     * what is left goes out without asking.
     *
     * @param heldSince when what the line holds was first held; {@code null} for a line that was never held
     */
    private void drainLine(ChatId recipient, Instant heldSince) {
        boolean flushed = false;
        while (true) {
            PendingNotification next;
            boolean waiting;
            synchronized (lines) {
                ArrayDeque<PendingNotification> line = lines.get(recipient);
                waiting = line != null && !line.isEmpty();
            }
            Instant now = clock.instant();
            boolean mayHold = heldSince == null || now.isBefore(heldSince.plus(LONGEST_HOLD));
            boolean answering = waiting && mayHold && answering(recipient);
            synchronized (lines) {
                ArrayDeque<PendingNotification> line = lines.get(recipient);
                if (answering && line != null && !line.isEmpty()) {
                    lines.remove(recipient);
                    // still claimed, still counted; held since the first hold, so that the longest hold still bounds it
                    held.put(recipient, new Held(heldSince != null ? heldSince : now, line));
                    return;
                }
                next = line == null ? null : line.pollFirst();
                if (next == null && lastOut(flushed)) {
                    lines.remove(recipient);
                    return;
                }
            }
            if (next == null) {
                flushed = flushQuietly(); // still in lines: nobody sees the relay idle before the write
                continue;
            }
            flushed = false;
            send(next);
        }
    }

    private void send(PendingNotification next) {
        // one delivered or refused stays underway until its removal is written (flushDelivered)
        boolean removalOwed = false;
        try {
            removalOwed = deliver(next) != Outcome.RETRIED;
        } catch (RuntimeException storeFailed) {
            // the outbox could not be told: the notification stays claimed and is tried after the hold
        } finally {
            if (!removalOwed) {
                underway.remove(next.id());
            }
            backlog.decrementAndGet();
        }
    }

    /**
     * Whether an emptied line may end now: yes unless it is the last line running and deliveries wait to be
     * written. The last line out writes them (once a burst is out, its removals are written at once, not a
     * round later); while other lines run, the round writes them. Called holding {@code lines}.
     */
    private boolean lastOut(boolean flushed) {
        return flushed || lines.size() > 1 || done.isEmpty();
    }

    /** @return true, after writing the deliveries (a failed write leaves them to the next round) */
    private boolean flushQuietly() {
        try {
            flushDelivered();
        } catch (RuntimeException storeFailed) {
            // kept: the next round writes them
        }
        return true;
    }

    /** Lets out the held notifications of those no longer answering a dialog, or held for long enough. */
    private void release(Executor perChat) {
        List<ChatId> waiting;
        synchronized (lines) {
            if (held.isEmpty()) {
                return;
            }
            waiting = List.copyOf(held.keySet());
        }
        Instant now = clock.instant();
        for (ChatId recipient : waiting) {
            Held hold;
            synchronized (lines) {
                hold = held.get(recipient);
            }
            if (hold == null || now.isBefore(hold.since().plus(LONGEST_HOLD)) && answering(recipient)) {
                continue;
            }
            synchronized (lines) {
                held.remove(recipient);
                lines.put(recipient, hold.waiting());
            }
            try {
                // asked about again before each send: a dialog started meanwhile holds the rest (since the first hold)
                perChat.execute(() -> drainLine(recipient, hold.since()));
            } catch (RejectedExecutionException stopping) {
                drop(recipient);
            }
        }
    }

    /** @return whether the person of that private chat answered a step of an open dialog just now */
    private boolean answering(ChatId recipient) {
        if (conversations == null || recipient.value() <= 0) {
            return false; // groups are read by several people; nobody's dialog holds them
        }
        try {
            Optional<Conversation> dialog = conversations.load(new ConversationKey(recipient,
                    new UserId(recipient.value())));
            return dialog.isPresent()
                    && dialog.get().updatedAt().plus(HOLD_WHILE_ANSWERING).isAfter(clock.instant());
        } catch (RuntimeException unavailable) {
            return false; // better an interruption than a notification held on a store's outage
        }
    }

    private void drop(ChatId recipient) {
        ArrayDeque<PendingNotification> line;
        synchronized (lines) {
            line = lines.remove(recipient);
        }
        if (line != null) {
            line.forEach(pending -> underway.remove(pending.id()));
            backlog.addAndGet(-line.size());
        }
    }

    /** @return whether no recipient's notifications are on their way (tests wait for this) */
    public boolean idle() {
        synchronized (lines) {
            return lines.isEmpty();
        }
    }

    /** @return how many claimed notifications are still on their way (counted against a round's limit; tests) */
    public int onTheirWay() {
        return backlog.get();
    }

    /** @return how many notifications are held for people answering a dialog (tests) */
    public int held() {
        synchronized (lines) {
            return held.values().stream().mapToInt(h -> h.waiting().size()).sum();
        }
    }

    /** @return how many notifications were refused for good and dropped since the start */
    public long refusedForGood() {
        return refused.get();
    }

    /** What became of a notification: its removal is owed for the first two. */
    private enum Outcome { SENT, REFUSED_FOR_GOOD, RETRIED }

    private Outcome deliver(PendingNotification pending) {
        Notification notification = pending.notification();
        if (reachability.unreachable(notification.recipient())) {
            // blocked, removed or gone: sending again would only be refused again (counted, not retried)
            refused.incrementAndGet();
            albumSent.remove(pending.id());
            done.add(pending.id());
            return Outcome.REFUSED_FOR_GOOD;
        }
        try {
            if (!albumSent.contains(pending.id()) && sendPhotosFirst(notification)) {
                albumSent.add(pending.id());
            }
            if (TechnicianCards.handles(notification.kind())) {
                request(notification.request()).ifPresent(request -> cards.deliver(notification, request));
            } else {
                render(notification).ifPresent(m -> messenger.send(notification.recipient(), m));
            }
            albumSent.remove(pending.id());
            done.add(pending.id()); // removed with the round's others (flushDelivered)
            return Outcome.SENT;
        } catch (DeliveryException e) {
            if (e.permanent()) {
                albumSent.remove(pending.id());
                // retrying cannot help: counted (the channel logs why) and dropped; a chat that is gone is marked
                refused.incrementAndGet();
                done.add(pending.id());
                e.unreachable().ifPresent(reason -> reachability.lost(notification.recipient(), reason));
                return Outcome.REFUSED_FOR_GOOD;
            }
            outbox.retryLater(pending.id(), clock.instant().plus(backoff(pending.attempts())));
            return Outcome.RETRIED;
        }
    }

    /**
     * Where a new request's card goes (the office and the staff group told of it, the technician's work group when
     * assigned), the client's photos go first, as an album, by the channel's references; once per notification in
     * this process (a card that failed after its album is retried alone).
     *
     * @return whether an album went out
     */
    private boolean sendPhotosFirst(Notification notification) {
        if (notification.kind() != NotificationKind.REQUEST_CREATED
                && notification.kind() != NotificationKind.REQUEST_ASSIGNED) {
            return false;
        }
        Optional<RepairRequest> withPhotos = request(notification.request())
                .filter(request -> !request.clientSide().photos().isEmpty());
        withPhotos.ifPresent(request -> messenger.send(notification.recipient(), Outbound.album(
                request.clientSide().photos().stream().map(com.repairbot.domain.request.Photo::fileId).toList(),
                languages.of(notification.recipient()).get("card.photos.caption", request.number().value()))));
        return withPhotos.isPresent();
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
        ClientRequestView view = ClientRequestView.of(request, Actor.of(client), settings.transitions(),
                staff::person);
        return Outbound.text(new ClientCards(m, settings.zone()).notice(notification.detail(), view));
    }

    /** @return the words of a notification; empty when its request no longer exists */
    Optional<Outbound> render(Notification notification) {
        Messages m = languages.of(notification.recipient());
        Names names = languages.names(notification.recipient());
        Optional<RepairRequest> found = request(notification.request());
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
