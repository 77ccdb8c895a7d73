package com.repairbot.application.schedule;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.text.NotificationLanguage;
import com.repairbot.application.service.Authorizer;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The jobs of docs/scheduled-work.md, made from the settings: what a {@link Scheduler} runs. */
public final class ScheduledWork {

    // The job names are also the keys of their leases ("job:<name>") and of their slots in the ledger.

    /** Overdue alerts to dispatchers and admins. */
    public static final String OVERDUE = "overdue-alerts";
    /** The accept, assign and visit reminders. */
    public static final String REMINDERS = "reminders";
    /** Yesterday's report to admins. */
    public static final String DAILY = "daily-report";
    /** Last week's report to admins. */
    public static final String WEEKLY = "weekly-report";
    /** Last month's report to admins. */
    public static final String MONTHLY = "monthly-report";

    private ScheduledWork() {
    }

    /**
     * @param settings  configuration (staff, time zone)
     * @param schedule  thresholds and times
     * @param stores    where requests are read, alerts remembered and notifications queued
     * @param authorizer who holds which role (the core's, {@link com.repairbot.application.assembly.Core#authorizer()})
     * @param messenger sends the pushed reports
     * @param clock     the time
     * @return the jobs, checks first
     */
    public static List<Job> jobs(ApplicationSettings settings, ScheduleSettings schedule, Stores stores,
                                 Authorizer authorizer, Messenger messenger, Clock clock) {
        NotificationLanguage languages = new NotificationLanguage(stores.staff());
        Alerts alerts = new Alerts(stores.transactions(), stores.ledger(), stores.outbox(), clock);
        Supplier<List<ChatId>> admins = () -> chats(authorizer, Role.ADMIN);
        Supplier<List<ChatId>> office = () -> chats(authorizer, Role.ADMIN, Role.DISPATCHER);
        Supplier<List<ChatId>> dispatchers = () -> {
            List<ChatId> chats = chats(authorizer, Role.DISPATCHER);
            return chats.isEmpty() ? admins.get() : chats;
        };
        OverdueAlerts overdue = new OverdueAlerts(schedule.overdue(), stores.reports(), alerts, office, clock);
        Reminders reminders = new Reminders(schedule, stores.reports(), stores.staff(), alerts, dispatchers,
                settings.zone(), clock);
        return List.of(
                new Job(OVERDUE, new Schedule.Every(schedule.overdueCheck()), overdue::run, true),
                new Job(REMINDERS, new Schedule.Every(schedule.reminderCheck()), reminders::run, true),
                new Job(DAILY, new Schedule.Daily(schedule.daily(), settings.zone()), new ReportPush(
                        ReportPeriod.Kind.YESTERDAY, stores.reports(), messenger, admins, settings.zone(),
                        languages)::run, false),
                new Job(WEEKLY, new Schedule.Weekly(schedule.weeklyDay(), schedule.weekly(), settings.zone()),
                        new ReportPush(ReportPeriod.Kind.PREVIOUS_WEEK, stores.reports(), messenger, admins,
                                settings.zone(), languages)::run, false),
                new Job(MONTHLY, new Schedule.Monthly(schedule.monthlyDay(), schedule.monthly(), settings.zone()),
                        new ReportPush(ReportPeriod.Kind.PREVIOUS_MONTH, stores.reports(), messenger, admins,
                                settings.zone(), languages)::run, false));
    }

    private static List<ChatId> chats(Authorizer authorizer, Role... roles) {
        Set<ChatId> chats = new LinkedHashSet<>();
        for (Role role : roles) {
            authorizer.holders(role).forEach(user -> chats.add(new ChatId(user.value())));
        }
        return new ArrayList<>(chats);
    }
}
