package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.port.out.Conversation;
import com.repairbot.application.port.out.ConversationKey;
import com.repairbot.application.port.out.ConversationStore;
import com.repairbot.application.port.out.StoreUnavailableException;
import java.util.Optional;
import java.util.Set;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An update whose work was saved by an instance that died before recording it is delivered again (issue 17,
 * ADR 0033 "what the kill showed"). The dispatcher then got "Этот диалог уже завершён" for the technician they had
 * chosen, or "Заявку #N нельзя перевести…" for the assign button, and never saw what their press had done. Now
 * they get the request as it is, and nothing is done twice.
 */
class AnUpdateCutOffAfterItsWorkIsAnsweredWithTheRequestTest {

    private final DialogDriver bot = new DialogDriver();
    private long number;

    @BeforeEach
    void aRequestToAssign() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        number = bot.createRequest(DISPATCHER);
    }

    @Test
    void the_chosen_technician_delivered_again_after_the_assignment_shows_the_assigned_request() {
        bot.delivered(DISPATCHER, 30, new Input.Choice("r:" + number + ":assign"));
        String chosen = bot.current(DISPATCHER, "d:" + TECHNICIAN);
        bot.delivered(DISPATCHER, 31, new Input.Choice(chosen));
        int notified = bot.notifications().size();

        bot.delivered(DISPATCHER, 31, new Input.Choice(chosen));

        assertThat(bot.allText()).doesNotContain(ru().get("dialog.already_finished"));
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.done_before", number));
        assertThat(bot.lastText()).contains("#" + number);
        assertThat(bot.request(number).status()).isEqualTo(Status.ASSIGNED);
        assertThat(bot.request(number).technician()).contains(new UserId(TECHNICIAN));
        assertThat(bot.notifications()).as("nothing told twice").hasSize(notified);
    }

    @Test
    void the_assign_button_pressed_again_after_the_assignment_says_it_is_assigned_instead_of_refusing() {
        bot.delivered(DISPATCHER, 30, new Input.Choice("r:" + number + ":assign"));
        bot.delivered(DISPATCHER, 31, new Input.Choice(bot.current(DISPATCHER, "d:" + TECHNICIAN)));

        bot.delivered(DISPATCHER, 32, new Input.Choice("r:" + number + ":assign"));

        assertThat(bot.allText()).doesNotContain("нельзя перевести");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("change.already", number,
                ru().status(Status.ASSIGNED)));
        assertThat(bot.lastText()).contains("#" + number);
        assertThat(bot.step(DISPATCHER)).as("no dialog started").isNotEqualTo(java.util.Optional.of(
                "AssignTechnician:technician"));
    }

    @Test
    void after_a_finished_assignment_the_next_input_is_read_as_usual() {
        bot.delivered(DISPATCHER, 30, new Input.Choice("r:" + number + ":assign"));
        bot.delivered(DISPATCHER, 31, new Input.Choice(bot.current(DISPATCHER, "d:" + TECHNICIAN)));

        bot.delivered(DISPATCHER, 32, new Input.Command("new", ""));

        assertThat(bot.lastText()).isEqualTo(ru().get("create.equipment"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
    }

    @Test
    void a_typed_reason_delivered_again_after_the_refusal_shows_the_refused_request_and_is_taken_for_nothing_else() {
        bot.delivered(DISPATCHER, 40, new Input.Choice("r:" + number + ":refuse"));
        assertThat(bot.step(DISPATCHER)).isPresent();
        bot.delivered(DISPATCHER, 41, new Input.Text("Клиент передумал"));
        assertThat(bot.request(number).status()).isEqualTo(Status.REFUSED);
        int notified = bot.notifications().size();

        bot.delivered(DISPATCHER, 41, new Input.Text("Клиент передумал"));

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.done_before", number));
        assertThat(bot.replies()).hasSize(2);
        assertThat(bot.step(DISPATCHER)).isEmpty();
        assertThat(bot.notifications()).hasSize(notified);
    }

    @Test
    void the_chosen_technician_delivered_again_after_the_move_was_made_but_not_the_dialogs_end_is_not_refused() {
        // the instance died between the move's commit and the dialog's last write: the dialog still asks
        DialogDriver cut = new DialogDriver(ApplicationSettings.defaults(Set.of(new UserId(DialogDriver.ADMIN)),
                Set.of(new UserId(DISPATCHER))), memory -> new DiesBeforeTheDialogsEnd(memory));
        cut.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long request = cut.createRequest(DISPATCHER);
        cut.delivered(DISPATCHER, 30, new Input.Choice("r:" + request + ":assign"));
        String chosen = cut.current(DISPATCHER, "d:" + TECHNICIAN);
        cut.delivered(DISPATCHER, 31, new Input.Choice(chosen));
        assertThat(cut.request(request).status()).as("the move was made").isEqualTo(Status.ASSIGNED);
        assertThat(cut.step(DISPATCHER)).as("the dialog was not ended").contains("AssignTechnician:technician");
        cut.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new Input.Choice("r:" + request + ":accept"));
        int notified = cut.notifications().size();

        cut.delivered(DISPATCHER, 31, new Input.Choice(chosen));

        assertThat(cut.allText()).doesNotContain("нельзя перевести");
        assertThat(cut.replies().get(0).text()).isEqualTo(ru().get("change.already", request,
                ru().status(Status.ACCEPTED)));
        assertThat(cut.request(request).status()).isEqualTo(Status.ACCEPTED);
        assertThat(cut.notifications()).as("nothing told twice").hasSize(notified);
        assertThat(cut.step(DISPATCHER)).as("the dialog ended now").isEmpty();
    }

    /** A conversation store whose first write that ends a dialog never happens (the instance died before it). */
    private static final class DiesBeforeTheDialogsEnd implements ConversationStore {

        private final ConversationStore store;
        private boolean died;

        private DiesBeforeTheDialogsEnd(ConversationStore store) {
            this.store = store;
        }

        @Override
        public Optional<Conversation> load(ConversationKey key) {
            return store.load(key);
        }

        @Override
        public boolean save(ConversationKey key, Conversation conversation, long expectedVersion) {
            if (!died && conversation.stepId().equals(DialogEngine.FINISHED)) {
                died = true;
                throw new StoreUnavailableException("killed", null);
            }
            return store.save(key, conversation, expectedVersion);
        }

        @Override
        public void delete(ConversationKey key) {
            store.delete(key);
        }
    }

    @Test
    void a_technician_pressing_accept_again_after_accepting_is_told_it_is_accepted() {
        bot.assign(number, TECHNICIAN);
        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new Input.Choice("r:" + number + ":accept"));

        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new Input.Choice("r:" + number + ":accept"));

        assertThat(bot.allText()).doesNotContain("нельзя перевести");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("change.already", number,
                ru().status(Status.ACCEPTED)));
    }
}
