package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.request.Party;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Requirement;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.Transition;
import com.repairbot.domain.request.TransitionTable;
import com.repairbot.domain.staff.UserId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ADR 0004: a move is one row of the transition table (plus its texts). A row added to a test table — nothing else
 * changed — gives its button on the card of whoever may make it, the dialog its requirement asks for, and the move.
 * The texts of these rows are deliberately missing, so the words show as their keys in brackets.
 */
class AMoveAddedToTheTableGetsItsButtonAndDialogTest {

    /** The technician gives up on site, with a reason: a row that needs data, so it has a dialog. */
    private static final Transition GIVE_UP = new Transition(Status.ONSITE, Status.REFUSED, "give_up",
            EnumSet.of(Party.ASSIGNED_TECHNICIAN), Requirement.REASON);
    /** The office puts an accepted request back to ASSIGNED: a row that needs nothing, so the button moves at once. */
    private static final Transition UNACCEPT = new Transition(Status.ACCEPTED, Status.ASSIGNED, "unaccept",
            EnumSet.of(Party.DISPATCHER, Party.ADMIN), Requirement.NONE);

    private final DialogDriver bot = new DialogDriver(ApplicationSettings
            .defaults(Set.of(new UserId(ADMIN)), Set.of(new UserId(DISPATCHER)))
            .withTransitions(TransitionTable.standard().with(GIVE_UP).with(UNACCEPT)));

    @Test
    void a_row_that_needs_a_reason_gets_a_button_and_the_reason_dialog_and_moves() {
        long number = bot.onSiteRequest();

        bot.press(TECHNICIAN, "r:" + number + ":card");
        assertThat(bot.optionData()).contains("r:" + number + ":give_up");
        assertThat(bot.optionLabels()).contains("[action.give_up]");

        bot.press(TECHNICIAN, "r:" + number + ":give_up");
        assertThat(bot.step(TECHNICIAN)).contains("Move_give_up:reason");
        assertThat(bot.lastText()).isEqualTo("[give_up.reason]");

        bot.send(TECHNICIAN, "Клиент отказался от ремонта на месте");

        assertThat(bot.step(TECHNICIAN)).isEmpty();
        assertThat(bot.request(number).status()).isEqualTo(Status.REFUSED);
        assertThat(bot.request(number).refusal().orElseThrow().value()).isEqualTo("Клиент отказался от ремонта на месте");
        assertThat(bot.requests.history(new RequestNumber(number)).getLast().from()).contains(Status.ONSITE);
        assertThat(bot.audit.latest(1)).extracting(AuditEntry::action).containsExactly("request.give_up");
    }

    @Test
    void the_button_is_only_for_the_rows_parties() {
        long number = bot.onSiteRequest();

        bot.press(DISPATCHER, "r:" + number + ":card");
        assertThat(bot.optionData()).doesNotContain("r:" + number + ":give_up");

        bot.press(DISPATCHER, "r:" + number + ":give_up"); // pressed anyway (an old message, made-up data)
        assertThat(bot.step(DISPATCHER)).isEmpty();
        assertThat(bot.request(number).status()).isEqualTo(Status.ONSITE);
    }

    @Test
    void a_row_that_needs_nothing_moves_at_once() {
        bot.technician(TECHNICIAN, DialogDriver.TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);
        bot.press(TECHNICIAN, "r:" + number + ":accept");

        bot.press(DISPATCHER, "r:" + number + ":card");
        assertThat(bot.optionData()).contains("r:" + number + ":unaccept");
        bot.press(DISPATCHER, "r:" + number + ":unaccept");

        assertThat(bot.request(number).status()).isEqualTo(Status.ASSIGNED);
        assertThat(bot.request(number).technician()).contains(new UserId(TECHNICIAN));
        assertThat(bot.step(DISPATCHER)).isEmpty();
    }

    @Test
    void the_products_table_has_no_such_button() {
        DialogDriver standard = new DialogDriver();
        long number = standard.onSiteRequest();

        standard.press(TECHNICIAN, "r:" + number + ":give_up");

        assertThat(standard.lastText()).isEqualTo(DialogDriver.ru().get("input.unknown_button"));
        assertThat(standard.request(number).status()).isEqualTo(Status.ONSITE);
    }
}
