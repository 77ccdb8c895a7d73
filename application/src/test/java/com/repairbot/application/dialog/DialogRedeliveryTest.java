package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Input;
import com.repairbot.application.port.out.Conversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An input delivered again (its first handling saved the dialog but died before the reply went out) is
 * recognised by its delivery number: the person gets the question they must answer now, and nothing changes.
 */
class DialogRedeliveryTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void a_typed_name_delivered_again_asks_for_the_address_again_instead_of_being_taken_as_the_address() {
        walkToAddress();
        Conversation afterName = bot.conversation(DISPATCHER).orElseThrow();
        bot.clock.advance(Duration.ofSeconds(5));

        bot.delivered(DISPATCHER, 14, new Input.Text(NAME));

        assertThat(bot.replies()).hasSize(1);
        assertThat(bot.lastText()).isEqualTo(ru().get("create.address"));
        assertThat(bot.optionLabels()).contains(ru().get("nav.back"), ru().get("nav.cancel"));
        assertThat(bot.conversation(DISPATCHER)).contains(afterName);
        assertThat(afterName.data()).containsEntry("name", NAME).doesNotContainKey("address")
                .containsEntry(Redelivery.KEY, "14");
    }

    @Test
    void the_next_delivery_after_a_repeat_is_read_as_the_answer_to_the_current_question() {
        walkToAddress();
        bot.delivered(DISPATCHER, 14, new Input.Text(NAME));

        bot.delivered(DISPATCHER, 15, new Input.Text(ADDRESS));

        assertThat(bot.lastText()).isEqualTo(ru().get("create.notes"));
        Conversation now = bot.conversation(DISPATCHER).orElseThrow();
        assertThat(now.stepId()).isEqualTo("CreateRequest:notes");
        assertThat(now.data()).containsEntry("name", NAME).containsEntry("address", ADDRESS)
                .containsEntry(Redelivery.KEY, "15");
    }

    @Test
    void an_older_delivery_arriving_late_is_a_repeat_too() {
        walkToAddress();
        Conversation afterName = bot.conversation(DISPATCHER).orElseThrow();

        bot.delivered(DISPATCHER, 12, new Input.Text(DESCRIPTION));

        assertThat(bot.lastText()).isEqualTo(ru().get("create.address"));
        assertThat(bot.conversation(DISPATCHER)).contains(afterName);
    }

    @Test
    void a_chosen_option_delivered_again_asks_the_next_question_again_and_keeps_the_choice() {
        bot.delivered(DISPATCHER, 10, new Input.Command("new", ""));
        String tv = bot.current(DISPATCHER, "d:tv");
        bot.delivered(DISPATCHER, 11, new Input.Choice(tv));
        Conversation afterChoice = bot.conversation(DISPATCHER).orElseThrow();

        bot.delivered(DISPATCHER, 11, new Input.Choice(tv));

        assertThat(bot.lastText()).isEqualTo(ru().get("create.phone"));
        assertThat(bot.conversation(DISPATCHER)).contains(afterChoice);
        assertThat(afterChoice.data()).containsEntry("equipment", "tv");
    }

    @Test
    void the_command_that_started_a_dialog_delivered_again_asks_the_first_question_and_does_not_restart() {
        bot.delivered(DISPATCHER, 10, new Input.Command("new", ""));
        Conversation started = bot.conversation(DISPATCHER).orElseThrow();

        bot.delivered(DISPATCHER, 10, new Input.Command("new", ""));

        assertThat(bot.allText()).doesNotContain(ru().get("dialog.abandoned"));
        assertThat(bot.lastText()).isEqualTo(ru().get("create.equipment"));
        assertThat(bot.conversation(DISPATCHER)).contains(started);
    }

    @Test
    void at_the_summary_a_repeated_skip_shows_the_summary_again_and_stores_nothing() {
        walkToSummary();
        Conversation atSummary = bot.conversation(DISPATCHER).orElseThrow();
        assertThat(atSummary.stepId()).isEqualTo("CreateRequest:confirm");

        bot.delivered(DISPATCHER, 18, new Input.Choice(bot.current(DISPATCHER, DialogEngine.SKIP)));

        assertThat(bot.replies()).hasSize(1);
        assertThat(bot.lastText()).startsWith(ru().get("create.summary"));
        assertThat(bot.optionData()).contains(DialogEngine.CONFIRM, DialogEngine.EDIT, DialogEngine.CANCEL);
        assertThat(bot.conversation(DISPATCHER)).contains(atSummary);
        assertThat(bot.requestCount()).isZero();
    }

    @Test
    void at_the_summary_a_repeated_delivery_of_confirm_creates_nothing_and_a_new_one_creates_the_request_once() {
        walkToSummary();

        bot.delivered(DISPATCHER, 18, new Input.Choice(bot.current(DISPATCHER, DialogEngine.CONFIRM)));
        assertThat(bot.requestCount()).isZero();
        assertThat(bot.lastText()).startsWith(ru().get("create.summary"));

        String confirm = bot.current(DISPATCHER, DialogEngine.CONFIRM);
        bot.delivered(DISPATCHER, 19, new Input.Choice(confirm));
        bot.delivered(DISPATCHER, 19, new Input.Choice(confirm));

        assertThat(bot.requestCount()).isEqualTo(1);
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
        assertThat(bot.notifications()).hasSize(1);
    }

    @Test
    void a_channel_without_delivery_numbers_reads_every_input_as_before() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:tv");
        List.of(DESCRIPTION, NAME, ADDRESS).forEach(answer -> bot.send(DISPATCHER, answer));

        Conversation now = bot.conversation(DISPATCHER).orElseThrow();
        assertThat(now.stepId()).isEqualTo("CreateRequest:phone");
        assertThat(now.data()).doesNotContainKey(Redelivery.KEY);
    }

    /** Deliveries 10–14: the create dialog up to the address question. */
    private void walkToAddress() {
        bot.delivered(DISPATCHER, 10, new Input.Command("new", ""));
        bot.delivered(DISPATCHER, 11, new Input.Choice(bot.current(DISPATCHER, "d:washing_machine")));
        bot.delivered(DISPATCHER, 12, new Input.Text(PHONE));
        bot.delivered(DISPATCHER, 13, new Input.Text(DESCRIPTION));
        bot.delivered(DISPATCHER, 14, new Input.Text(NAME));
        assertThat(bot.lastText()).isEqualTo(ru().get("create.address"));
    }

    /** Deliveries 10–18: the create dialog up to its summary. */
    private void walkToSummary() {
        walkToAddress();
        bot.delivered(DISPATCHER, 15, new Input.Text(ADDRESS)); // numbers may have gaps (other chats)
        bot.delivered(DISPATCHER, 17, new Input.Choice(bot.current(DISPATCHER, DialogEngine.SKIP)));
        bot.delivered(DISPATCHER, 18, new Input.Choice(bot.current(DISPATCHER, DialogEngine.SKIP)));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
    }
}
