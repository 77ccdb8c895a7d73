package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.PendingNotification;
import com.repairbot.application.schedule.Job;
import com.repairbot.application.schedule.Schedule;
import com.repairbot.application.schedule.ScheduledWork;
import com.repairbot.application.schedule.Scheduler;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.SchedulerRace;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scheduled work on the SQLite file without Redis: row leases and the ledger in the same file. */
class SqliteSchedulerIT {

    private final TemporaryDatabase databases = new TemporaryDatabase();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void schedulers_of_several_instances_on_one_file_run_each_slot_once() throws Exception {
        SqliteDatabase database = databases.open();
        AtomicInteger runs = new AtomicInteger();
        Job job = new Job("count", new Schedule.Every(Duration.ofMinutes(30)), slot -> runs.incrementAndGet(), true);
        List<Scheduler> instances = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            instances.add(new Scheduler(List.of(job), SqliteStores.locks(database, clock),
                    new SqliteScheduleLedger(database), clock, (name, e) -> { }));
        }
        try (SchedulerRace race = new SchedulerRace(instances)) {
            for (int round = 0; round < 5; round++) {
                race.runOnce();
                assertThat(runs).as("round " + round).hasValue(round + 1);
                clock.advance(Duration.ofMinutes(30));
            }
        }
    }

    @Test
    void an_overdue_request_is_alerted_once_across_restarts_of_the_scheduler() {
        SqliteDatabase database = databases.open();
        Stores stores = SqliteStores.on(database, clock, Duration.ofHours(48));
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2)));
        stores.requests().add(Requests.request(1).createdAt(clock.instant()).build());

        clock.advance(Duration.ofHours(2));
        newScheduler(settings, stores, database).runDue();
        clock.advance(Duration.ofMinutes(30));
        newScheduler(settings, stores, database).runDue(); // a restart: a new scheduler on the same file

        List<PendingNotification> overdue = stores.outbox().due(clock.instant(), 100).stream()
                .filter(p -> p.notification().kind() == NotificationKind.OVERDUE).toList();
        assertThat(overdue).hasSize(2); // the admin and the dispatcher, once each
    }

    private Scheduler newScheduler(ApplicationSettings settings, Stores stores, SqliteDatabase database) {
        return new Scheduler(ScheduledWork.jobs(settings, ScheduleSettings.defaults(), stores,
                new com.repairbot.application.service.Authorizer(settings, stores.staff()), (chat, message) -> { },
                clock), SqliteStores.locks(database, clock), stores.ledger(), clock, (name, e) -> {
                    throw new AssertionError(name, e);
                });
    }
}
