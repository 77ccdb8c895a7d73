package com.repairbot.application.schedule;

import com.repairbot.application.conversation.Outbound;
import com.repairbot.application.port.in.ReportView;
import com.repairbot.application.port.out.DeliveryException;
import com.repairbot.application.port.out.Messenger;
import com.repairbot.application.port.out.ReportQueries;
import com.repairbot.application.port.out.TimeRange;
import com.repairbot.application.text.NotificationLanguage;
import com.repairbot.application.text.ReportTexts;
import com.repairbot.domain.report.ReportPeriod;
import com.repairbot.domain.staff.ChatId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The daily, weekly and monthly reports, pushed to every admin: the day, week or month before the slot's day.
 * An admin who cannot be reached (blocked the bot) does not keep the others from theirs. Each reads it in their own
 * language ({@link NotificationLanguage}).
 */
final class ReportPush {

    private final ReportPeriod.Kind kind;
    private final ReportQueries reports;
    private final Messenger messenger;
    private final Supplier<List<ChatId>> admins;
    private final ZoneId zone;
    private final NotificationLanguage languages;

    ReportPush(ReportPeriod.Kind kind, ReportQueries reports, Messenger messenger, Supplier<List<ChatId>> admins,
               ZoneId zone, NotificationLanguage languages) {
        this.kind = kind;
        this.reports = reports;
        this.messenger = messenger;
        this.admins = admins;
        this.zone = zone;
        this.languages = languages;
    }

    /** @return how many admins got it */
    int run(Instant slot) {
        ReportPeriod period = ReportPeriod.of(kind, slot.atZone(zone).toLocalDate());
        TimeRange range = new TimeRange(period.start(zone), period.end(zone));
        ReportView view = new ReportView(period, Optional.empty(), reports.figures(range, Optional.empty()));
        int sent = 0;
        DeliveryException failed = null;
        for (ChatId admin : admins.get()) {
            try {
                messenger.send(admin, Outbound.text(new ReportTexts(languages.of(admin), languages.names(admin))
                        .report(view)));
                sent++;
            } catch (DeliveryException e) {
                failed = e;
            }
        }
        if (failed != null && sent == 0) {
            throw failed; // nobody got it: the slot stays due and is tried again
        }
        return sent;
    }
}
