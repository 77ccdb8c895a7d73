package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.STRANGER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The bot speaks only where it was asked to: a person's own chat, the staff group, the technicians' work
 * groups. Two strangers flooding a group of their own with /start once made it queue replies paced at 20 a
 * minute, which held up everyone's answers; now nothing is owed there at all.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrangersInAnUnknownGroupGetNoReplyTest {

    private static final long STAFF_GROUP = -1005550001L;

    private static final ApplicationSettings DEFAULTS = ApplicationSettings.defaults(Set.of(new UserId(100)),
            Set.of(new UserId(DISPATCHER)));

    private final DialogDriver bot = new DialogDriver(new ApplicationSettings(DEFAULTS.admins(),
            DEFAULTS.dispatchers(), Optional.of(new ChatId(STAFF_GROUP)), DEFAULTS.equipment(),
            DEFAULTS.splitPolicy(), DEFAULTS.dialogTtl(), DEFAULTS.zone(), DEFAULTS.pageSize(),
            DEFAULTS.companyContact()));

    @Test
    void a_stranger_in_a_group_nobody_bound_gets_no_reply_to_anything() {
        assertThat(bot.inputIn(OTHER_GROUP, STRANGER, new Input.Command("start", ""))).isEmpty();
        assertThat(bot.inputIn(OTHER_GROUP, STRANGER, new Input.Text("hello"))).isEmpty();
        assertThat(bot.inputIn(OTHER_GROUP, STRANGER, new Input.Choice("r:1:card"))).isEmpty();
    }

    @Test
    void staff_in_a_group_nobody_bound_get_no_reply_either() {
        assertThat(bot.inputIn(OTHER_GROUP, DISPATCHER, new Input.Command("start", ""))).isEmpty();
    }

    @Test
    void a_stranger_in_his_own_chat_is_still_told_whom_to_contact() {
        assertThat(bot.inputIn(STRANGER, STRANGER, new Input.Command("start", ""))).hasSize(1);
    }

    @Test
    void the_staff_group_and_a_work_group_are_answered() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        assertThat(bot.inputIn(STAFF_GROUP, DISPATCHER, new Input.Command("start", ""))).isNotEmpty();
        assertThat(bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new Input.Command("start", ""))).isNotEmpty();
    }
}
