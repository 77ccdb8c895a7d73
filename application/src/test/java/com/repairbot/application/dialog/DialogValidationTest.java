package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Conversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid answers keep the person on the same step with an explanation in words. */
class DialogValidationTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void a_description_of_nine_characters_is_refused_with_the_limits_and_asked_again() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);
        Conversation before = bot.conversation(DISPATCHER).orElseThrow();

        bot.send(DISPATCHER, "123456789");

        assertThat(bot.replies()).hasSize(2);
        assertThat(bot.replies().get(0).text()).isEqualTo("Описание должно быть от 10 до 500 символов.")
                .doesNotContain("[", "]");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.description"));
        assertThat(bot.conversation(DISPATCHER)).contains(before);
    }

    @Test
    void a_description_of_ten_characters_is_accepted() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);
        bot.send(DISPATCHER, "1234567890");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "not a phone", "8999123456789012345", "+7 999 ABC", "0991234567"})
    void a_bad_phone_is_refused_with_an_example_and_the_phone_step_is_asked_again(String typed) {
        walkToPhone();
        Conversation before = bot.conversation(DISPATCHER).orElseThrow();

        bot.send(DISPATCHER, typed);

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.phone.invalid"))
                .startsWith("Это не похоже на номер телефона");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.phone"));
        assertThat(bot.conversation(DISPATCHER)).contains(before);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");
    }

    @Test
    void an_address_without_a_house_number_is_refused() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);
        bot.send(DISPATCHER, DESCRIPTION);
        bot.send(DISPATCHER, NAME);

        bot.send(DISPATCHER, "г. Москва, улица Ленина");

        assertThat(bot.replies().get(0).text()).isEqualTo("В адресе нет номера дома.");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:address");
    }

    @Test
    void a_short_address_is_refused_with_its_limits() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);
        bot.send(DISPATCHER, DESCRIPTION);
        bot.send(DISPATCHER, NAME);

        bot.send(DISPATCHER, "д. 5");

        assertThat(bot.replies().get(0).text()).isEqualTo("Адрес должен быть от 10 до 500 символов.");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:address");
    }

    @Test
    void a_one_letter_name_is_refused() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);
        bot.send(DISPATCHER, DESCRIPTION);

        bot.send(DISPATCHER, "И");

        assertThat(bot.replies().get(0).text()).isEqualTo("Имя должно быть от 2 до 200 символов.");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");
    }

    @Test
    void notes_longer_than_a_thousand_characters_are_refused() {
        walkToNotes();

        bot.send(DISPATCHER, "x".repeat(1001));

        assertThat(bot.replies().get(0).text()).isEqualTo("Заметки: все вместе не больше 1000 символов.");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:notes");
    }

    @Test
    void a_visit_text_longer_than_its_limit_is_refused() {
        walkToNotes();
        bot.press(DISPATCHER, DialogEngine.SKIP);

        bot.send(DISPATCHER, "x".repeat(201));

        assertThat(bot.replies().get(0).text()).isEqualTo("Время визита: от 1 до 200 символов.");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:visit");
    }

    @Test
    void a_control_character_only_answer_counts_as_empty() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);

        bot.send(DISPATCHER, "\u0000\u0007  \u200B");

        assertThat(bot.replies().get(0).text()).isEqualTo("Описание должно быть от 10 до 500 символов.");
    }

    @Test
    void a_button_where_text_is_asked_is_refused_with_a_request_for_text() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);

        bot.press(DISPATCHER, "d:oven");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.type_text"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
    }

    @Test
    void a_photo_or_sticker_during_a_dialog_is_refused_and_the_step_is_asked_again() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
        bot.send(DISPATCHER, DialogDriver.PHONE);

        bot.input(DISPATCHER, new com.repairbot.application.conversation.Input.Unsupported());

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.type_text"));
        assertThat(bot.lastText()).isEqualTo(ru().get("create.description"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
    }

    @Test
    void a_contact_where_the_equipment_is_asked_is_refused() {
        bot.command(DISPATCHER, "new");

        bot.contact(DISPATCHER, "+79991234567");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
    }

    @Test
    void typing_on_the_summary_asks_to_use_the_buttons() {
        walkToNotes();
        bot.press(DISPATCHER, DialogEngine.SKIP);
        bot.press(DISPATCHER, DialogEngine.SKIP);

        bot.send(DISPATCHER, "да");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.lastText()).startsWith(ru().get("create.summary"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        assertThat(bot.requestCount()).isZero();
    }

    private void walkToPhone() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:oven");
    }

    private void walkToNotes() {
        walkToPhone();
        bot.send(DISPATCHER, "89991234567");
        bot.send(DISPATCHER, DESCRIPTION);
        bot.send(DISPATCHER, NAME);
        bot.send(DISPATCHER, DialogDriver.ADDRESS);
    }
}
