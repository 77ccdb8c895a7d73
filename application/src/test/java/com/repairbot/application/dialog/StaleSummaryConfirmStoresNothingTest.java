package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.CallbackData;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Status;
import org.junit.jupiter.api.Test;

/**
 * A button acts only on the dialog instance and step version that showed it: Confirm pressed on an older summary
 * (of a dialog that was closed and opened again, or shown before an edit) is answered "out of date" with the
 * current step, and nothing is stored.
 */
class StaleSummaryConfirmStoresNothingTest {

    private final DialogDriver bot = new DialogDriver();

    /** Walks the completion dialog to its summary and returns the data of that summary's Confirm. */
    private String completionSummary(long number, String total, String materials) {
        bot.press(TECHNICIAN, "r:" + number + ":complete");
        bot.send(TECHNICIAN, total);
        bot.send(TECHNICIAN, materials);
        bot.press(TECHNICIAN, "d:yes");
        bot.press(TECHNICIAN, "d:no");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:confirm");
        return bot.optionLabelled(ru().get("nav.confirm")).data();
    }

    @Test
    void confirm_of_an_older_completion_dialog_stores_nothing_and_shows_the_current_summary() {
        long number = bot.onSiteRequest();
        String olderConfirm = completionSummary(number, "10000", "2000");
        bot.command(TECHNICIAN, "card", Long.toString(number)); // leaves the first dialog
        String newerConfirm = completionSummary(number, "20000", "1000");

        bot.pressRaw(TECHNICIAN, olderConfirm);

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.stale"));
        assertThat(bot.lastText()).contains(ru().get("complete.summary", number));
        assertThat(bot.request(number).status()).isEqualTo(Status.ONSITE);
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:confirm");

        bot.pressRaw(TECHNICIAN, newerConfirm);

        assertThat(bot.request(number).status()).isEqualTo(Status.CLOSED);
        assertThat(bot.request(number).completion().orElseThrow().total()).isEqualTo(Money.rubles(20000));
    }

    @Test
    void confirm_of_a_summary_shown_before_an_edit_stores_nothing() {
        long number = bot.onSiteRequest();
        String beforeEdit = completionSummary(number, "10000", "2000");
        bot.press(TECHNICIAN, DialogEngine.EDIT);
        bot.pressLabel(TECHNICIAN, "Сумма");
        bot.send(TECHNICIAN, "30000");
        String afterEdit = bot.optionLabelled(ru().get("nav.confirm")).data();

        bot.pressRaw(TECHNICIAN, beforeEdit);

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.stale"));
        assertThat(bot.request(number).status()).isEqualTo(Status.ONSITE);

        bot.pressRaw(TECHNICIAN, afterEdit);

        assertThat(bot.request(number).completion().orElseThrow().total()).isEqualTo(Money.rubles(30000));
    }

    @Test
    void an_option_of_an_earlier_question_is_not_read_as_the_answer_to_the_current_one() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":complete");
        bot.send(TECHNICIAN, "3000");
        bot.send(TECHNICIAN, "0");
        String yes = bot.optionLabelled(ru().get("word.yes")).data();
        bot.pressRaw(TECHNICIAN, yes); // review: yes; now out of city is asked

        bot.pressRaw(TECHNICIAN, yes); // the same button again, e.g. a double tap

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.stale"));
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:out_of_city");
        assertThat(bot.conversation(TECHNICIAN).orElseThrow().data()).doesNotContainKey("out_of_city");
    }

    @Test
    void every_option_of_a_dialog_names_its_instance_and_step_and_fits_telegram() {
        long number = bot.onSiteRequest();
        completionSummary(number, "10000", "2000");

        assertThat(bot.options()).allSatisfy(option -> {
            assertThat(CallbackData.parse(option.data())).isInstanceOfSatisfying(CallbackData.DialogAnswer.class,
                    answer -> assertThat(answer.dialog()).isNotEmpty());
            assertThat(option.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64);
        });
    }
}
