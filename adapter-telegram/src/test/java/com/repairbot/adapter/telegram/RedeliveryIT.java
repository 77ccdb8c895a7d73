package com.repairbot.adapter.telegram;

import static com.repairbot.adapter.telegram.Staff.CLIENT_ADDRESS;
import static com.repairbot.adapter.telegram.Staff.CLIENT_NAME;
import static com.repairbot.adapter.telegram.Staff.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An update Telegram delivers again because the process died after the dialog was saved but before the reply
 * went out (so it was neither recorded as processed nor confirmed, ADR 0017): the person gets the question
 * they must answer now, and the dialog stays as the first handling left it.
 */
class RedeliveryIT {

    private static final ConversationKey DIALOG = new ConversationKey(new ChatId(DISPATCHER), new UserId(DISPATCHER));

    @Test
    void a_typed_name_delivered_again_after_a_crash_asks_for_the_address_again_and_changes_no_answer()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            h.say(DISPATCHER, DISPATCHER, "/new");
            h.press(DISPATCHER, DISPATCHER, "Стиральная машина");
            h.say(DISPATCHER, DISPATCHER, "8 999 123-45-67");
            h.say(DISPATCHER, DISPATCHER, "Не сливает воду, ошибка E21");
            long name = h.say(DISPATCHER, DISPATCHER, CLIENT_NAME);
            assertThat(h.lastText(DISPATCHER)).contains("Шаг 5 из 8");
            Conversation afterName = dialog(h);
            int shown = h.api.shown(DISPATCHER).size();

            crashBeforeTheRecord(h, name);

            assertThat(h.textsSince(DISPATCHER, shown)).singleElement().asString().contains("Шаг 5 из 8");
            assertThat(dialog(h)).isEqualTo(afterName);
            assertThat(afterName.data()).containsEntry("name", CLIENT_NAME).doesNotContainKey("address")
                    .containsEntry("_delivery", Long.toString(name));

            h.say(DISPATCHER, DISPATCHER, CLIENT_ADDRESS);
            assertThat(h.lastText(DISPATCHER)).contains("Шаг 6 из 8");
            assertThat(dialog(h).data()).containsEntry("name", CLIENT_NAME).containsEntry("address", CLIENT_ADDRESS);
            h.assertLogsClean(Harness.CLIENT_DATA);
        }
    }

    @Test
    void a_press_that_led_to_the_summary_delivered_again_shows_the_summary_again_and_creates_nothing()
            throws Exception {
        try (Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling()) {
            long lastSkip = EndToEndIT.fillCreateDialog(h);
            Conversation atSummary = dialog(h);
            int shown = h.api.shown(DISPATCHER).size();

            crashBeforeTheRecord(h, lastSkip);

            // the summary alone: not read as a press on the summary ("use the buttons")
            assertThat(h.textsSince(DISPATCHER, shown)).singleElement().asString()
                    .contains("Шаг 8 из 8", CLIENT_NAME, CLIENT_ADDRESS);
            assertThat(dialog(h)).isEqualTo(atSummary);
            assertThat(h.stores.requests().count(Set.of())).isZero();

            h.press(DISPATCHER, DISPATCHER, "Подтвердить");
            assertThat(h.stores.requests().count(Set.of())).isEqualTo(1);
        }
    }

    /**
     * The process dies after the dialog was saved, before the update was recorded (the record is lost) or
     * confirmed; started again, it is served the update again.
     */
    private static void crashBeforeTheRecord(Harness h, long updateId) {
        h.processed.forgetBefore(Instant.MAX);
        assertThat(h.processed.isProcessed(updateId)).isFalse();
        h.restart();
        h.api.redeliver(updateId);
        h.settle(updateId);
        h.settleAll();
    }

    private static Conversation dialog(Harness h) {
        return h.stores.conversations().load(DIALOG).orElseThrow();
    }
}
