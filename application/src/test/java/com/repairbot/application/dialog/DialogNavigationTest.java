package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cancel, Back, Skip and Edit, and what happens to a dialog when something else is asked for. */
class DialogNavigationTest {

    private static final List<String> STEPS =
            List.of("equipment", "phone", "description", "name", "address", "notes", "visit", "confirm");

    private final DialogDriver bot = new DialogDriver();

    /** Answers that bring the create dialog from one step to the next. */
    private final List<Consumer<DialogDriver>> answers = List.of(
            b -> b.press(DISPATCHER, "d:dishwasher"),
            b -> b.send(DISPATCHER, PHONE),
            b -> b.send(DISPATCHER, DESCRIPTION),
            b -> b.send(DISPATCHER, NAME),
            b -> b.send(DISPATCHER, ADDRESS),
            b -> b.send(DISPATCHER, "Код домофона 12"),
            b -> b.send(DISPATCHER, "25.03 14:00"));

    static Stream<Arguments> everyStepTimesEveryWayToCancel() {
        return IntStream.range(0, STEPS.size()).boxed()
                .flatMap(step -> Stream.of(Arguments.of(step, "button"), Arguments.of(step, "command")));
    }

    @ParameterizedTest(name = "cancel at {0} with the {1}")
    @MethodSource("everyStepTimesEveryWayToCancel")
    void cancel_at_every_step_removes_the_dialog_and_stores_nothing(int step, String how) {
        walkTo(step);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:" + STEPS.get(step));
        assertThat(bot.optionData()).contains(DialogEngine.CANCEL);

        if (how.equals("button")) {
            bot.press(DISPATCHER, DialogEngine.CANCEL);
            assertThat(bot.replies().get(0).replacing()).isTrue();
        } else {
            bot.command(DISPATCHER, "cancel");
        }

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.cancelled"));
        assertThat(bot.lastText()).startsWith("Главное меню.");
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
        assertThat(bot.requestCount()).isZero();
        assertThat(bot.notifications()).isEmpty();
    }

    @Test
    void back_returns_to_the_previous_step_at_every_step_but_the_first() {
        walkTo(6);
        for (int step = 6; step >= 1; step--) {
            assertThat(bot.optionData()).contains(DialogEngine.BACK);
            bot.press(DISPATCHER, DialogEngine.BACK);
            assertThat(bot.step(DISPATCHER)).contains("CreateRequest:" + STEPS.get(step - 1));
        }
        assertThat(bot.optionData()).doesNotContain(DialogEngine.BACK);
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data())
                .containsEntry("equipment", "dishwasher").containsEntry("notes", "Код домофона 12");
    }

    @Test
    void back_keeps_the_answer_given_before() {
        walkTo(4);
        bot.command(DISPATCHER, "back");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("name", NAME);

        bot.send(DISPATCHER, "Петров Пётр");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:address");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("name", "Петров Пётр");
    }

    @Test
    void back_on_the_first_step_stays_there() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, DialogEngine.BACK);

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.equipment"));
    }

    @Test
    void back_on_the_summary_stays_on_the_summary() {
        walkTo(7);
        bot.press(DISPATCHER, DialogEngine.BACK);

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
    }

    @Test
    void skip_is_offered_only_on_the_optional_steps() {
        for (int step = 0; step < STEPS.size(); step++) {
            DialogDriver fresh = new DialogDriver();
            walkTo(fresh, step);
            boolean optional = STEPS.get(step).equals("notes") || STEPS.get(step).equals("visit");
            assertThat(fresh.optionData().contains(DialogEngine.SKIP)).as(STEPS.get(step)).isEqualTo(optional);
        }
    }

    @ParameterizedTest
    @MethodSource("requiredSteps")
    void skip_pressed_on_a_required_step_is_refused_and_the_step_is_asked_again(int step) {
        walkTo(step);
        Conversation before = bot.conversation(DISPATCHER).orElseThrow();

        bot.press(DISPATCHER, DialogEngine.SKIP);

        assertThat(bot.replies()).hasSize(2);
        assertThat(bot.replies().get(0).text()).isIn(ru().get("dialog.type_text"), ru().get("dialog.use_buttons"),
                ru().get("error.equipment.invalid"));
        assertThat(bot.conversation(DISPATCHER)).contains(before);
    }

    @ParameterizedTest
    @MethodSource("requiredSteps")
    void the_skip_command_on_a_required_step_is_refused_too(int step) {
        walkTo(step);
        Conversation before = bot.conversation(DISPATCHER).orElseThrow();

        bot.command(DISPATCHER, "skip");

        assertThat(bot.replies().get(0).text()).isIn(ru().get("dialog.type_text"), ru().get("dialog.use_buttons"));
        assertThat(bot.conversation(DISPATCHER)).contains(before);
    }

    static Stream<Integer> requiredSteps() {
        return Stream.of(0, 1, 2, 3, 4, 7);
    }

    @Test
    void edit_on_the_summary_offers_every_field_and_a_way_back() {
        walkTo(7);
        bot.pressLabel(DISPATCHER, "✏ Исправить");

        assertThat(bot.lastText()).isEqualTo(ru().get("dialog.edit_which"));
        assertThat(bot.replies().get(0).replacing()).isTrue();
        assertThat(bot.optionLabels()).containsExactly("Тип техники", "Телефон", "Проблема", "Имя клиента", "Адрес",
                "Заметки", "Визит", "◀ Назад", "✖ Отмена");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");

        bot.pressLabel(DISPATCHER, "◀ Назад");
        assertThat(bot.lastText()).startsWith(ru().get("create.summary"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
    }

    @Test
    void the_list_of_fields_to_edit_offers_cancel_too() {
        walkTo(7);
        bot.press(DISPATCHER, DialogEngine.EDIT);

        bot.pressLabel(DISPATCHER, "✖ Отмена");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.cancelled"));
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
        assertThat(bot.requestCount()).isZero();
    }

    @Test
    void edit_a_field_asks_it_again_and_returns_to_the_summary_with_the_new_value() {
        walkTo(7);
        bot.press(DISPATCHER, DialogEngine.EDIT);
        bot.pressLabel(DISPATCHER, "Адрес");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:address");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.address"));

        bot.send(DISPATCHER, "г. Москва, ул. Тверская, д. 7");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        assertThat(bot.lastText()).contains("Адрес: г. Москва, ул. Тверская, д. 7").doesNotContain(ADDRESS);
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).doesNotContainKey("_return");

        bot.press(DISPATCHER, DialogEngine.CONFIRM);
        assertThat(bot.request(1).client().address().value()).isEqualTo("г. Москва, ул. Тверская, д. 7");
        assertThat(bot.request(1).client().name().value()).isEqualTo(NAME);
    }

    @Test
    void edit_the_equipment_offers_its_buttons_and_returns_to_the_summary() {
        walkTo(7);
        bot.press(DISPATCHER, DialogEngine.EDIT);
        bot.press(DISPATCHER, "d:~edit:equipment");

        assertThat(bot.optionData()).contains("tv");
        bot.press(DISPATCHER, "d:tv");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        assertThat(bot.lastText()).contains("Техника: Телевизор");
    }

    @Test
    void edit_an_optional_field_may_clear_it_with_skip() {
        walkTo(7);
        bot.press(DISPATCHER, DialogEngine.EDIT);
        bot.press(DISPATCHER, "d:~edit:notes");
        bot.press(DISPATCHER, DialogEngine.SKIP);

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        assertThat(bot.lastText()).contains("Заметки: —");
    }

    @Test
    void an_invalid_answer_while_editing_keeps_the_field_step() {
        walkTo(7);
        bot.press(DISPATCHER, DialogEngine.EDIT);
        bot.press(DISPATCHER, "d:~edit:phone");
        bot.send(DISPATCHER, "123");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.phone.invalid"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");

        bot.contact(DISPATCHER, "+7 912 000-11-22");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        assertThat(bot.lastText()).contains("Телефон: +79120001122");
    }

    @Test
    void an_unknown_field_to_edit_is_refused_on_the_summary() {
        walkTo(7);
        bot.press(DISPATCHER, "d:~edit:_key");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
    }

    @Test
    void a_button_that_is_not_an_answer_asks_to_finish_first_and_keeps_the_dialog() {
        walkTo(3);
        Conversation before = bot.conversation(DISPATCHER).orElseThrow();

        bot.press(DISPATCHER, "l:all:0");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.finish_first"));
        assertThat(bot.lastText()).isEqualTo(ru().get("create.name"));
        assertThat(bot.conversation(DISPATCHER)).contains(before);
    }

    @Test
    void a_command_during_a_dialog_abandons_it_with_a_note_and_is_done() {
        walkTo(3);

        bot.command(DISPATCHER, "list");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.abandoned"));
        assertThat(bot.lastText()).startsWith("Заявки: Все. Всего 0");
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
    }

    @Test
    void new_during_a_dialog_starts_over() {
        walkTo(3);

        bot.command(DISPATCHER, "new");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.abandoned"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).doesNotContainKey("name");
    }

    @Test
    void cancel_without_a_dialog_says_there_is_nothing_to_cancel() {
        bot.command(DISPATCHER, "cancel");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.nothing_to_cancel"));
        assertThat(bot.lastText()).startsWith("Главное меню.");
    }

    @Test
    void a_dialog_button_pressed_after_the_dialog_ended_says_it_has_finished() {
        walkTo(2);
        bot.press(DISPATCHER, DialogEngine.CANCEL);

        bot.press(DISPATCHER, DialogEngine.BACK);

        assertThat(bot.lastText()).isEqualTo(ru().get("dialog.already_finished"));
        assertThat(bot.conversation(DISPATCHER)).isEmpty();
    }

    @Test
    void dialogs_are_kept_per_chat_and_per_person() {
        walkTo(3);
        bot.command(DialogDriver.ADMIN, "new");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");
        assertThat(bot.step(DialogDriver.ADMIN)).contains("CreateRequest:equipment");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data().get(DialogEngine.INSTANCE)).isNotNull()
                .isNotEqualTo(bot.conversation(DialogDriver.ADMIN).orElseThrow().data().get(DialogEngine.INSTANCE));
    }

    private void walkTo(int step) {
        walkTo(bot, step);
    }

    private void walkTo(DialogDriver driver, int step) {
        driver.command(DISPATCHER, "new");
        for (int i = 0; i < step; i++) {
            answers.get(i).accept(driver);
        }
        assertThat(driver.step(DISPATCHER)).contains("CreateRequest:" + STEPS.get(step));
    }
}
