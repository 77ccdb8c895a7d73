package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.UnreachableMark;
import com.repairbot.application.port.out.UnreachableMark.Reason;
import com.repairbot.domain.staff.ChatId;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8: a technician who blocked the bot, a work group that removed it, were invisible to the office.
 * The request card and the technicians screen show the mark (in the reader's language); it clears when the person
 * writes to the bot again.
 */
class UnreachableMarksOnStaffScreensTest {

    private static final java.time.LocalDate DAY = java.time.LocalDate.of(2026, 3, 10);

    private final DialogDriver bot = new DialogDriver();

    @Test
    void the_office_card_and_the_technicians_screen_show_a_lost_work_group_and_a_blocked_technician() {
        long number = bot.onSiteRequest();
        bot.unreachable.mark(new UnreachableMark(new ChatId(TECHNICIAN_GROUP), Reason.REMOVED, bot.clock.instant()));
        bot.unreachable.mark(new UnreachableMark(new ChatId(TECHNICIAN), Reason.BLOCKED, bot.clock.instant()));

        bot.command(DISPATCHER, "card", Long.toString(number));
        assertThat(bot.lastText()).contains(DialogDriver.ru().get("unreachable.REMOVED", TECHNICIAN_GROUP, DialogDriver.ru().date(DAY)))
                .contains(DialogDriver.ru().get("unreachable.BLOCKED", TECHNICIAN, DialogDriver.ru().date(DAY)));

        bot.speaking(java.util.Locale.ENGLISH).command(ADMIN, "technicians");
        assertThat(bot.lastText()).contains(DialogDriver.en().get("unreachable.REMOVED", TECHNICIAN_GROUP, DialogDriver.en().date(DAY)))
                .contains(DialogDriver.en().get("unreachable.BLOCKED", TECHNICIAN, DialogDriver.en().date(DAY)));
    }

    @Test
    void a_person_who_writes_again_in_private_is_reachable_again() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.unreachable.mark(new UnreachableMark(new ChatId(TECHNICIAN), Reason.BLOCKED, bot.clock.instant()));

        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new com.repairbot.application.conversation.Input.Command("my", ""));
        assertThat(bot.unreachable.find(new ChatId(TECHNICIAN))).as("writing in a group unblocks nothing").isPresent();

        bot.command(TECHNICIAN, "my");

        assertThat(bot.unreachable.find(new ChatId(TECHNICIAN))).isEmpty();
    }
}
