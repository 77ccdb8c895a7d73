package com.repairbot.application.schedule;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.memory.InMemoryLocks;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.service.NotificationRelay;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The core's stores in memory, the scheduled jobs on a clock the test moves, and what was sent. */
final class ScheduledWorld {

    /** A Tuesday, 12:00 in Moscow. */
    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    static final UserId ADMIN = new UserId(1);
    static final UserId DISPATCHER = new UserId(2);
    static final UserId TECHNICIAN = new UserId(3);
    static final ChatId GROUP = new ChatId(-1003);

    /** What the messenger was asked to send. */
    record Sent(ChatId chat, Outbound message) {
    }

    final MutableClock clock = new MutableClock(START);
    final Stores stores = Stores.inMemory(clock, Duration.ofHours(48));
    final ApplicationSettings settings = ApplicationSettings.defaults(Set.of(ADMIN), Set.of(DISPATCHER));
    final List<Sent> sent = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    final InMemoryLocks locks = new InMemoryLocks(clock);
    final Scheduler scheduler;
    final NotificationRelay relay;

    ScheduledWorld() {
        stores.staff().saveTechnician(Technician.added(TECHNICIAN, PhoneNumber.parse("+79990000003"),
                new Specialization("стиральные машины")).withWorkGroup(GROUP));
        stores.staff().grant(TECHNICIAN, Role.TECHNICIAN);
        scheduler = scheduler();
        com.repairbot.application.port.out.Messenger messenger = (chat, message) -> sent.add(new Sent(chat, message));
        relay = new NotificationRelay(settings, stores.outbox(), stores.requests(), stores.staff(), stores.placements(),
                messenger, clock, new com.repairbot.application.service.Reachability(settings,
                new com.repairbot.application.service.Authorizer(settings, stores.staff()), stores.staff(),
                stores.unreachable(), messenger, clock));
    }

    /** Another instance of the bot on the same stores and locks. */
    Scheduler scheduler() {
        return new Scheduler(ScheduledWork.jobs(settings, ScheduleSettings.defaults(), stores,
                new com.repairbot.application.service.Authorizer(settings, stores.staff()),
                (chat, message) -> sent.add(new Sent(chat, message)), clock), locks, stores.ledger(), clock,
                (job, failure) -> failures.add(job + ": " + failure));
    }

    /** Moves the clock in steps of a minute, running the scheduler after each, as the ticks would. */
    void runFor(Duration duration) {
        Instant end = clock.instant().plus(duration);
        while (clock.instant().isBefore(end)) {
            clock.advance(Duration.ofMinutes(1));
            scheduler.runDue();
        }
    }

    void add(Requests.Builder request) {
        stores.requests().add(request.createdAt(clock.instant()).build());
    }

    /** Moves a request to another status now, as a use case would. */
    void move(long number, Status to) {
        RepairRequest r = stores.requests().find(new RequestNumber(number)).orElseThrow();
        RepairRequest moved = new RepairRequest(r.number(), r.equipment(), r.description(), r.client(), r.notes(),
                r.visit(), r.dispatcher(), to == Status.NEW ? java.util.Optional.empty()
                        : java.util.Optional.of(TECHNICIAN), to, r.longRepair(), r.completion(), r.refusal(),
                r.createdAt(), clock.instant(), clock.instant(), r.version() + 1);
        if (!stores.requests().compareAndSet(moved, r.status(), r.version())) {
            throw new IllegalStateException("not moved");
        }
    }

    /** @return the queued notifications of a kind, whoever they are for */
    List<Notification> queued(NotificationKind kind) {
        return stores.outbox().due(clock.instant().plus(Duration.ofDays(365)), 10_000).stream()
                .map(PendingNotification::notification).filter(n -> n.kind() == kind).toList();
    }
}
