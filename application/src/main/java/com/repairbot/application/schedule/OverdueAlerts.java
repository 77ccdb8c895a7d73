package com.repairbot.application.schedule;

import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Requests that stayed in a status longer than allowed: dispatchers and admins are told, once per status. */
final class OverdueAlerts {

    static final String CODE = "overdue";

    private final Map<Status, Duration> limits;
    private final ReportQueries reports;
    private final Alerts alerts;
    private final Supplier<List<ChatId>> office;
    private final Clock clock;

    OverdueAlerts(Map<Status, Duration> limits, ReportQueries reports, Alerts alerts, Supplier<List<ChatId>> office,
                  Clock clock) {
        this.limits = Map.copyOf(limits);
        this.reports = reports;
        this.alerts = alerts;
        this.office = office;
        this.clock = clock;
    }

    /** @return how many alerts were given */
    int run(Instant slot) {
        Instant now = clock.instant();
        int given = 0;
        for (Map.Entry<Status, Duration> limit : limits.entrySet()) {
            for (RepairRequest request : reports.waitingSince(limit.getKey(), now.minus(limit.getValue()))) {
                given += alerts.once(request, CODE, NotificationKind.OVERDUE, office.get()) ? 1 : 0;
            }
        }
        return given;
    }
}
