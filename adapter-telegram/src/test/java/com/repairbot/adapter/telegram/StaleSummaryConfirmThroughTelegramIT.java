package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Confirm pressed in Telegram on the summary of a dialog that was left and begun again stores nothing: the button
 * names the dialog instance and step that showed it.
 */
class StaleSummaryConfirmThroughTelegramIT {

    @Test
    void confirm_on_the_summary_of_an_abandoned_dialog_creates_nothing_and_the_current_one_still_works()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            EndToEndIT.fillCreateDialog(h);
            Call older = h.lastWithButtons(DISPATCHER);
            String olderConfirm = h.dialogData(DISPATCHER, "~confirm");
            EndToEndIT.fillCreateDialog(h); // "/new" leaves the first dialog and begins another

            h.press(DISPATCHER, DISPATCHER, h.api.messageIdOf(older), olderConfirm);

            assertThat(h.stores.requests().count(Set.of())).isZero();
            assertThat(h.textsSince(DISPATCHER, 0)).anyMatch(text -> text.contains("устаревшего"));
            h.press(DISPATCHER, DISPATCHER, "Подтвердить");
            assertThat(h.stores.requests().count(Set.of())).isEqualTo(1);
            EndToEndIT.assertEveryPressAnswered(h);
        }
    }
}
