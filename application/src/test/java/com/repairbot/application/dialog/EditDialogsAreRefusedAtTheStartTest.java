package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.request.RepairRequest;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 9: the notes, reschedule and edit dialogs started for people who could not finish them; they
 * answered every question and were refused at the end. They are refused at the start now (and the edit dialog
 * offers only the fields this person may change), nothing is stored, no dialog is left open.
 */
class EditDialogsAreRefusedAtTheStartTest {

    private final DialogDriver bot = new DialogDriver();

    private long closed() {
        long number = bot.onSiteRequest();
        bot.complete(number, "3000", "0");
        return number;
    }

    @Test
    void notes_on_a_closed_request_are_refused_to_a_dispatcher_before_he_types_them() {
        long number = closed();
        RepairRequest before = bot.request(number);

        bot.press(DISPATCHER, "r:" + number + ":notes");

        assertThat(bot.replies()).hasSize(1);
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        assertThat(bot.step(DISPATCHER)).isEmpty();
        assertThat(bot.request(number)).isEqualTo(before);
    }

    @Test
    void a_new_visit_time_for_a_closed_request_is_refused_to_a_dispatcher_before_he_types_it() {
        long number = closed();

        bot.press(DISPATCHER, "r:" + number + ":resched");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        assertThat(bot.step(DISPATCHER)).isEmpty();
    }

    @Test
    void the_edit_dialog_of_a_closed_request_is_refused_to_a_technician_and_started_for_an_admin() {
        long number = closed();

        bot.press(TECHNICIAN, "r:" + number + ":edit");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        assertThat(bot.step(TECHNICIAN)).isEmpty();

        bot.press(ADMIN, "r:" + number + ":edit");
        assertThat(bot.step(ADMIN)).contains("EditField:field");
    }

    @Test
    void a_technician_is_offered_only_the_fields_he_may_change() {
        long number = bot.onSiteRequest();

        bot.press(TECHNICIAN, "r:" + number + ":edit");

        assertThat(bot.step(TECHNICIAN)).contains("EditField:field");
        assertThat(bot.optionLabels()).contains(ru().get("field.notes"), ru().get("field.visit"))
                .doesNotContain(ru().get("field.address"), ru().get("field.client_name"), ru().get("field.phone"),
                        ru().get("field.description"));
    }
}
