package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Input;
import org.junit.jupiter.api.Test;

/**
 * A dialog's instance id is drawn when it starts, not again at every step: drawing one is a random UUID (a
 * SecureRandom read), and every step drew one only to throw it away (1–2 % of the bot's CPU under the load rig).
 */
class ADialogDrawsItsInstanceIdOnceTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void the_steps_of_a_dialog_draw_no_id_after_the_one_it_started_with() {
        bot.delivered(DISPATCHER, 10, new Input.Command("new", ""));
        String instance = bot.conversation(DISPATCHER).orElseThrow().data().get(DialogEngine.INSTANCE);
        int drawnAtStart = bot.idsDrawn();

        bot.delivered(DISPATCHER, 11, new Input.Choice(bot.current(DISPATCHER, "d:washing_machine")));
        bot.delivered(DISPATCHER, 12, new Input.Text(PHONE));
        bot.delivered(DISPATCHER, 13, new Input.Text(DESCRIPTION));
        bot.delivered(DISPATCHER, 14, new Input.Text(NAME));

        assertThat(bot.idsDrawn()).isEqualTo(drawnAtStart);
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry(DialogEngine.INSTANCE, instance);
    }
}
