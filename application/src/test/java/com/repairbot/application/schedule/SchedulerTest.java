package com.repairbot.application.schedule;

import static com.repairbot.application.schedule.ScheduledWorld.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.memory.InMemoryLocks;
import com.repairbot.application.memory.InMemoryScheduleLedger;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.SchedulerRace;
import com.repairbot.domain.staff.ChatId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SchedulerTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void slots_are_the_newest_time_of_the_schedule_at_or_before_now_in_the_business_zone() {
        Instant now = Instant.parse("2026-03-11T05:30:00Z"); // Wednesday 08:30 in Moscow
        assertThat(new Schedule.Daily(LocalTime.of(8, 0), MOSCOW).latest(now))
                .isEqualTo(Instant.parse("2026-03-11T05:00:00Z"));
        assertThat(new Schedule.Daily(LocalTime.of(9, 0), MOSCOW).latest(now))
                .isEqualTo(Instant.parse("2026-03-10T06:00:00Z"));
        assertThat(new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0), MOSCOW).latest(now))
                .isEqualTo(Instant.parse("2026-03-09T06:00:00Z"));
        assertThat(new Schedule.Monthly(1, LocalTime.of(10, 0), MOSCOW).latest(now))
                .isEqualTo(Instant.parse("2026-03-01T07:00:00Z"));
        assertThat(new Schedule.Monthly(1, LocalTime.of(10, 0), MOSCOW)
                .latest(Instant.parse("2026-03-01T06:59:59Z"))).isEqualTo(Instant.parse("2026-02-01T07:00:00Z"));
        assertThat(new Schedule.Every(Duration.ofMinutes(30)).latest(now.plusSeconds(1799))).isEqualTo(now);
    }

    @Test
    void two_schedulers_racing_for_the_same_slot_run_the_job_once() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
        InMemoryLocks locks = new InMemoryLocks(clock);
        InMemoryScheduleLedger ledger = new InMemoryScheduleLedger();
        AtomicInteger runs = new AtomicInteger();
        Job job = new Job("count", new Schedule.Every(Duration.ofMinutes(30)), slot -> runs.incrementAndGet(), true);
        List<Scheduler> instances = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            instances.add(new Scheduler(List.of(job), locks, ledger, clock, (name, e) -> { }));
        }
        try (SchedulerRace race = new SchedulerRace(instances)) {
            for (int round = 0; round < 10; round++) {
                race.runOnce();
                assertThat(runs).as("round " + round).hasValue(round + 1);
                clock.advance(Duration.ofMinutes(30));
            }
        }
    }

    @Test
    void after_days_of_downtime_a_report_is_pushed_once_for_the_newest_missed_slot() {
        ScheduledWorld world = new ScheduledWorld();
        world.scheduler.runDue(); // first start: the reports begin with their next slot
        world.runFor(Duration.ofDays(1));
        int daily = pushed(world);
        assertThat(daily).isEqualTo(1);

        world.clock.advance(Duration.ofDays(4)); // the bot was down: four daily slots missed
        world.scheduler.runDue();
        assertThat(pushed(world)).isEqualTo(2);
        assertThat(world.sent.getLast().message().text()).startsWith("📊 Отчёт за вчера, 14.03.2026");

        world.runFor(Duration.ofHours(1));
        assertThat(pushed(world)).isEqualTo(2);
    }

    @Test
    void a_first_start_does_not_push_a_report_of_a_period_before_it_but_checks_at_once() {
        ScheduledWorld world = new ScheduledWorld();

        List<String> ran = world.scheduler.runDue();

        assertThat(ran).containsExactly(ScheduledWork.OVERDUE, ScheduledWork.REMINDERS);
        assertThat(world.sent).isEmpty();
    }

    @Test
    void a_first_start_just_before_a_reports_time_pushes_it_on_time_not_when_the_lease_would_have_ended() {
        // regression: the first start took the job's lease (10 minutes) only to note the slot before it, so a
        // report due a few minutes after the start waited for the lease to end
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T04:55:00Z")); // 07:55 in Moscow
        AtomicInteger pushed = new AtomicInteger();
        Job daily = new Job("daily", new Schedule.Daily(LocalTime.of(8, 0), MOSCOW), slot -> pushed.incrementAndGet(),
                false);
        Scheduler scheduler = new Scheduler(List.of(daily), new InMemoryLocks(clock), new InMemoryScheduleLedger(),
                clock, (name, e) -> { });

        assertThat(scheduler.runDue()).isEmpty();
        clock.advance(Duration.ofMinutes(6)); // 08:01, the next tick

        assertThat(scheduler.runDue()).containsExactly("daily");
        assertThat(pushed).hasValue(1);
    }

    @Test
    void the_weekly_and_monthly_reports_come_on_monday_at_nine_and_on_the_first_at_ten() {
        ScheduledWorld world = new ScheduledWorld();
        world.scheduler.runDue();

        world.runFor(Duration.ofDays(21)); // to 31.03, 12:00 Moscow
        List<String> texts = world.sent.stream().filter(s -> s.chat().equals(new ChatId(ADMIN.value())))
                .map(s -> s.message().text().lines().findFirst().orElseThrow()).toList();

        assertThat(texts).filteredOn(t -> t.contains("прошлую неделю")).containsExactly(
                "📊 Отчёт за прошлую неделю, 09.03.2026 — 15.03.2026",
                "📊 Отчёт за прошлую неделю, 16.03.2026 — 22.03.2026",
                "📊 Отчёт за прошлую неделю, 23.03.2026 — 29.03.2026");
        assertThat(texts).filteredOn(t -> t.contains("прошлый месяц")).isEmpty();
        world.runFor(Duration.ofDays(1));
        assertThat(world.sent.getLast().message().text())
                .startsWith("📊 Отчёт за прошлый месяц, 01.03.2026 — 31.03.2026");
    }

    @Test
    void a_failing_job_is_reported_and_does_not_keep_the_others_from_running() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger ran = new AtomicInteger();
        Scheduler scheduler = new Scheduler(List.of(
                new Job("broken", new Schedule.Every(Duration.ofMinutes(5)), slot -> {
                    throw new IllegalStateException("boom");
                }, true),
                new Job("fine", new Schedule.Every(Duration.ofMinutes(5)), slot -> ran.incrementAndGet(), true)),
                new InMemoryLocks(clock), new InMemoryScheduleLedger(), clock,
                (name, e) -> failures.add(name + ": " + e.getMessage()));

        assertThat(scheduler.runDue()).containsExactly("fine");
        assertThat(failures).containsExactly("broken: boom");
        clock.advance(Duration.ofMinutes(3)); // its lease (half the period) has freed itself: tried again
        scheduler.runDue();
        assertThat(failures).hasSize(2);
        assertThat(ran).hasValue(1);
    }

    @Test
    void a_pushed_report_reaches_each_admin_in_the_language_they_read() {
        ScheduledWorld world = new ScheduledWorld();
        world.stores.staff().savePerson(com.repairbot.domain.staff.Person.unknown(ADMIN)
                .choosing(java.util.Locale.ENGLISH));
        world.scheduler.runDue();

        world.runFor(Duration.ofDays(1));

        assertThat(world.sent).filteredOn(s -> s.chat().equals(new ChatId(ADMIN.value())))
                .extracting(s -> s.message().text()).singleElement().asString()
                .startsWith("📊 Report for yesterday, 10.03.2026");
    }

    private static int pushed(ScheduledWorld world) {
        return (int) world.sent.stream().filter(s -> s.chat().equals(new ChatId(ADMIN.value())))
                .filter(s -> s.message().text().contains("за вчера")).count();
    }
}
