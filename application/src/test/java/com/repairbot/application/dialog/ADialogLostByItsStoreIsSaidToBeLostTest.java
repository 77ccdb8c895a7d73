package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.key;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Outbound;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 9: a dialog lost with a Redis restart was lost silently: the next answer was taken for a stray
 * message ("choose an action from the menu") or a pressed option was told "this dialog has finished". The person
 * is now told the dialog was lost and nothing was saved; a dialog that really ended, or expired, is not.
 */
class ADialogLostByItsStoreIsSaidToBeLostTest {

    private final DialogDriver bot = new DialogDriver();

    private void walkToAddress() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:washing_machine");
        bot.send(DISPATCHER, PHONE);
        bot.send(DISPATCHER, DESCRIPTION);
        bot.send(DISPATCHER, NAME);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:address");
    }

    @Test
    void the_next_answer_after_the_store_lost_the_dialog_is_told_the_dialog_was_lost() {
        walkToAddress();
        bot.conversations.delete(key(DISPATCHER)); // Redis restarted without its data

        bot.send(DISPATCHER, ADDRESS);

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.lost"));
        assertThat(bot.lastText()).startsWith("Главное меню.");
        assertThat(bot.requestCount()).isZero();
        bot.send(DISPATCHER, ADDRESS);
        assertThat(bot.replies().get(0).text()).as("said once").isEqualTo(ru().get("input.use_menu"));
    }

    @Test
    void an_option_of_a_lost_dialog_is_told_the_dialog_was_lost_not_that_it_finished() {
        bot.command(DISPATCHER, "new");
        String tv = bot.current(DISPATCHER, "d:tv");
        bot.conversations.delete(key(DISPATCHER));

        bot.pressRaw(DISPATCHER, tv);

        assertThat(bot.replies()).extracting(Outbound::text).first().isEqualTo(ru().get("dialog.lost"));
        assertThat(bot.allText()).doesNotContain(ru().get("dialog.already_finished"));
    }

    @Test
    void a_command_after_a_lost_dialog_says_so_and_is_carried_out() {
        walkToAddress();
        bot.conversations.delete(key(DISPATCHER));

        bot.command(DISPATCHER, "new");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.lost"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
    }

    @Test
    void a_dialog_that_finished_or_was_cancelled_is_not_said_to_be_lost() {
        bot.createRequest(DISPATCHER);
        bot.send(DISPATCHER, "привет");
        assertThat(bot.allText()).doesNotContain(ru().get("dialog.lost"));

        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:tv");
        bot.press(DISPATCHER, DialogEngine.CANCEL);
        bot.send(DISPATCHER, ADDRESS);
        assertThat(bot.allText()).doesNotContain(ru().get("dialog.lost"));
    }

    @Test
    void a_dialog_gone_because_it_expired_is_not_said_to_be_lost() {
        walkToAddress();
        bot.conversations.delete(key(DISPATCHER));
        bot.clock.advance(bot.settings.dialogTtl().plus(Duration.ofMinutes(1)));

        bot.send(DISPATCHER, ADDRESS);

        assertThat(bot.allText()).doesNotContain(ru().get("dialog.lost"));
    }
}
