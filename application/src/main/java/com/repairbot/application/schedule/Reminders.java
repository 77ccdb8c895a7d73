package com.repairbot.application.schedule;

import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * The 15-minute reminders (an assigned request not accepted: the technician's group; a new request not assigned:
 * dispatchers) and the visit reminder (a visit within the next hours: the technician), each once per request and
 * status. A request that moved on is not in the status looked for any more, so its reminders stop.
 */
final class Reminders {

    static final String ACCEPT = "remind_accept";
    static final String ASSIGN = "remind_assign";
    static final String VISIT = "remind_visit";

    private final ScheduleSettings schedule;
    private final ReportQueries reports;
    private final Staff staff;
    private final Alerts alerts;
    private final Supplier<List<ChatId>> dispatchers;
    private final ZoneId zone;
    private final Clock clock;

    Reminders(ScheduleSettings schedule, ReportQueries reports, Staff staff, Alerts alerts,
              Supplier<List<ChatId>> dispatchers, ZoneId zone, Clock clock) {
        this.schedule = schedule;
        this.reports = reports;
        this.staff = staff;
        this.alerts = alerts;
        this.dispatchers = dispatchers;
        this.zone = zone;
        this.clock = clock;
    }

    /** @return how many reminders were given */
    int run(Instant slot) {
        Instant now = clock.instant();
        int given = 0;
        for (RepairRequest request : reports.waitingSince(Status.ASSIGNED, now.minus(schedule.remindAccept()))) {
            given += alerts.once(request, ACCEPT, NotificationKind.REMIND_ACCEPT, technicianGroup(request)) ? 1 : 0;
        }
        for (RepairRequest request : reports.waitingSince(Status.NEW, now.minus(schedule.remindAssign()))) {
            given += alerts.once(request, ASSIGN, NotificationKind.REMIND_ASSIGN, dispatchers.get()) ? 1 : 0;
        }
        LocalDateTime local = LocalDateTime.ofInstant(now, zone);
        // "within the next two hours" includes a visit exactly two hours away
        for (RepairRequest request : reports.visitsBetween(EnumSet.of(Status.ASSIGNED, Status.ACCEPTED), local,
                local.plus(schedule.visitAhead()).plusNanos(1))) {
            // a visit moved to another time is reminded of again
            String code = VISIT + "@" + request.visit().flatMap(v -> v.at()).orElseThrow();
            given += alerts.once(request, code, NotificationKind.REMIND_VISIT, technicianChat(request)) ? 1 : 0;
        }
        return given;
    }

    /** The work group, where the card with the Accept button is; the private chat when there is no group. */
    private List<ChatId> technicianGroup(RepairRequest request) {
        return request.technician().map(t -> List.of(staff.technician(t).flatMap(x -> x.workGroup())
                .orElse(chat(t)))).orElse(List.of());
    }

    private static List<ChatId> technicianChat(RepairRequest request) {
        return request.technician().map(t -> List.of(chat(t))).orElse(List.of());
    }

    private static ChatId chat(UserId user) {
        return new ChatId(user.value());
    }
}
