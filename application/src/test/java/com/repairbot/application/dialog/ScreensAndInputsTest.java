package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.STRANGER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Outbound;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists, cards, the menu, and whatever else people send outside a dialog. */
class ScreensAndInputsTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void the_list_pages_by_ten_newest_first_with_filters() {
        for (int i = 0; i < 12; i++) {
            bot.createRequest(DISPATCHER);
        }

        bot.command(DISPATCHER, "list");

        assertThat(bot.lastText()).startsWith("Заявки: Все. Всего 12, страница 1 из 2")
                .contains("#12 · Новая · Стиральная машина · Иванов Иван · +79991234567 · г. Москва, ул. Ленина, д. 5, кв. 12")
                .doesNotContain("#2 ·");
        assertThat(bot.optionData()).contains("r:12:card", "r:3:card", "l:all:1", "m:menu", "l:all:0", "l:NEW:0",
                "l:REFUSED:0").doesNotContain("r:2:card");
        List<List<com.repairbot.application.conversation.Option>> rows = bot.replies().get(0).options();
        assertThat(rows.get(rows.size() - 2)).hasSize(4);
        assertThat(rows.get(rows.size() - 1)).hasSize(4);

        bot.pressLabel(DISPATCHER, "Далее ▶");

        assertThat(bot.replies().get(0).replacing()).isTrue();
        assertThat(bot.lastText()).startsWith("Заявки: Все. Всего 12, страница 2 из 2")
                .contains("#2 ·", "#1 ·").doesNotContain("#3 ·");
        assertThat(bot.optionData()).contains("l:all:0").doesNotContain("l:all:2");

        bot.pressLabel(DISPATCHER, "◀ Назад");
        assertThat(bot.lastText()).startsWith("Заявки: Все. Всего 12, страница 1 из 2");
    }

    @Test
    void a_page_past_the_end_shows_the_last_page() {
        bot.createRequest(DISPATCHER);

        bot.press(DISPATCHER, "l:all:7");

        assertThat(bot.lastText()).startsWith("Заявки: Все. Всего 1, страница 1 из 1");
    }

    @Test
    void the_status_filter_shows_only_requests_in_that_status() {
        bot.createRequest(DISPATCHER);
        bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:refuse");
        bot.send(DISPATCHER, "Дубликат заявки");

        bot.press(DISPATCHER, "l:REFUSED:0");

        assertThat(bot.lastText()).startsWith("Заявки: Отказ. Всего 1, страница 1 из 1").contains("#1 · Отказ")
                .doesNotContain("#2 ·");

        bot.command(DISPATCHER, "menu");
        bot.pressLabel(DISPATCHER, "🆕 Новые");
        assertThat(bot.lastText()).startsWith("Заявки: Новая. Всего 1").contains("#2 · Новая");
    }

    @Test
    void an_empty_list_says_so() {
        bot.press(DISPATCHER, "l:CLOSED:0");

        assertThat(bot.lastText()).isEqualTo("Заявки: Закрыта. Всего 0, страница 1 из 1\nЗаявок нет.");
    }

    @Test
    void the_list_is_for_the_office_only() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        bot.command(TECHNICIAN, "list");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
    }

    @Test
    void my_requests_page_for_a_technician() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        for (int i = 0; i < 11; i++) {
            bot.assign(bot.createRequest(DISPATCHER), TECHNICIAN);
        }

        bot.command(TECHNICIAN, "mine");
        assertThat(bot.lastText()).startsWith("Мои заявки: 11, страница 1 из 2");
        assertThat(bot.optionData()).contains("y:1");

        bot.press(TECHNICIAN, "y:1");
        assertThat(bot.lastText()).startsWith("Мои заявки: 11, страница 2 из 2").contains("#1 · Назначена");
        assertThat(bot.optionData()).contains("y:0");
    }

    @Test
    void my_requests_are_for_technicians() {
        bot.command(DISPATCHER, "my");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
    }

    @Test
    void the_card_command_and_a_typed_number_show_the_card() {
        bot.createRequest(DISPATCHER);

        bot.command(DISPATCHER, "card", "1");
        String byCommand = bot.lastText();
        bot.command(DISPATCHER, "r", "#1");
        assertThat(bot.lastText()).isEqualTo(byCommand);
        bot.send(DISPATCHER, "#1");
        assertThat(bot.lastText()).isEqualTo(byCommand);
        bot.send(DISPATCHER, " 1 ");
        assertThat(bot.lastText()).isEqualTo(byCommand);

        assertThat(byCommand).startsWith("Заявка #1 · Новая\nТехника: Стиральная машина\n");
        assertThat(bot.optionData()).containsExactly("r:1:assign", "r:1:refuse", "r:1:notes", "r:1:edit",
                "r:1:card", "r:1:file");
    }

    @Test
    void a_card_command_without_a_number_explains_the_number() {
        bot.command(DISPATCHER, "card");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.request_number.invalid"));
    }

    @Test
    void a_number_of_a_request_that_does_not_exist_is_not_found() {
        bot.send(DISPATCHER, "#77");

        assertThat(bot.lastText()).isEqualTo("Заявка #77 не найдена.");
    }

    @Test
    void other_text_outside_a_dialog_points_to_the_menu() {
        bot.send(DISPATCHER, "привет");

        assertThat(bot.replies()).extracting(Outbound::text)
                .containsExactly(ru().get("input.use_menu"), "Главное меню. Ваши роли: диспетчер");
    }

    @Test
    void an_unknown_command_is_told_and_the_menu_is_shown() {
        bot.command(DISPATCHER, "frobnicate");

        assertThat(bot.replies()).extracting(Outbound::text)
                .containsExactly(ru().get("input.unknown_command"), "Главное меню. Ваши роли: диспетчер");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x:1", "r:1", "l:all", "l:BROKEN:0", "l:all:x", "y:x", "t:300", "m", "", "zzz"})
    void an_unknown_or_broken_button_is_out_of_date(String data) {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);

        bot.press(ADMIN, data);

        assertThat(bot.lastText()).isEqualTo(ru().get("input.unknown_button"));
    }

    @Test
    void a_button_with_a_broken_request_number_is_a_broken_button() {
        // the one codec reads button data (CallbackData): a request button whose number is no number is no button
        bot.press(DISPATCHER, "r:abc:card");

        assertThat(bot.lastText()).isEqualTo(ru().get("input.unknown_button"));
    }

    @Test
    void a_menu_button_runs_its_command() {
        bot.press(DISPATCHER, "m:new");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
    }

    @Test
    void a_menu_button_back_to_the_menu_shows_the_menu() {
        bot.press(DISPATCHER, "m:menu");

        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: диспетчер");
    }

    @Test
    void an_unsupported_message_outside_a_dialog_is_explained() {
        bot.input(DISPATCHER, new Input.Unsupported());

        assertThat(bot.lastText()).isEqualTo(ru().get("input.unsupported"));
    }

    @Test
    void a_contact_or_a_shared_chat_outside_a_dialog_is_not_needed() {
        bot.contact(DISPATCHER, "+79991234567");
        assertThat(bot.lastText()).isEqualTo(ru().get("input.out_of_dialog"));

        bot.sharedChat(ADMIN, -100);
        assertThat(bot.lastText()).isEqualTo(ru().get("input.out_of_dialog"));
    }

    @Test
    void with_clients_switched_off_someone_who_is_not_staff_gets_the_for_staff_answer_whatever_they_send() {
        DialogDriver bot = DialogDriver.clientsOff(
                ApplicationSettings.defaults(Set.of(new UserId(ADMIN)), Set.of(new UserId(DISPATCHER))));
        for (Input input : List.of(new Input.Text("Здравствуйте, сломалась стиралка"), new Input.Command("new", ""),
                new Input.Choice("r:1:accept"), new Input.Unsupported())) {
            bot.input(STRANGER, input);
            assertThat(bot.replies()).singleElement().extracting(Outbound::text).isEqualTo(
                    "Этот бот предназначен для сотрудников сервиса. Чтобы оставить заявку на ремонт, свяжитесь с нами: "
                            + "позвоните в наш сервисный центр");
        }
        assertThat(bot.conversation(STRANGER)).isEmpty();
        assertThat(bot.requestCount()).isZero();
    }

    @Test
    void the_for_staff_answer_names_the_configured_company_contact() {
        DialogDriver withContact = DialogDriver.clientsOff(new ApplicationSettings(Set.of(new UserId(ADMIN)),
                Set.of(new UserId(DISPATCHER)), Optional.of(new ChatId(-500)), EquipmentType.DEFAULTS,
                ProfitSplitPolicy.defaults(), Duration.ofHours(24), ZoneId.of("Europe/Moscow"), 10,
                " +7 495 000-00-00 "));

        withContact.send(STRANGER, "Алло");

        assertThat(withContact.lastText()).endsWith("свяжитесь с нами: +7 495 000-00-00");
    }

    @Test
    void a_configured_equipment_list_is_what_the_dialog_offers_with_codes_where_no_words_exist() {
        DialogDriver custom = new DialogDriver(new ApplicationSettings(Set.of(new UserId(ADMIN)),
                Set.of(new UserId(DISPATCHER)), Optional.empty(),
                List.of(new EquipmentType("oven"), new EquipmentType("air_conditioner")),
                ProfitSplitPolicy.defaults(), Duration.ofHours(1), ZoneId.of("Europe/Moscow"), 5, ""));

        custom.command(DISPATCHER, "new");

        assertThat(custom.optionLabels()).containsExactly("Духовой шкаф", "air_conditioner", "✖ Отмена");
        custom.press(DISPATCHER, "d:washing_machine");
        assertThat(custom.replies().get(0).text()).isEqualTo(ru().get("error.equipment.invalid"));
        custom.send(DISPATCHER, "air_conditioner");
        assertThat(custom.step(DISPATCHER)).contains("CreateRequest:phone");
    }

    @Test
    void a_dialog_in_a_group_chat_is_separate_from_the_private_one() {
        bot.createRequest(DISPATCHER);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.assign(1, TECHNICIAN);
        bot.press(TECHNICIAN, "r:1:accept");

        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new Input.Choice("r:1:long_repair"));

        assertThat(bot.conversations.load(new com.repairbot.application.port.out.ConversationKey(
                new ChatId(TECHNICIAN_GROUP), new UserId(TECHNICIAN)))).isPresent();
        assertThat(bot.step(TECHNICIAN)).isEmpty();
    }

    @Test
    void a_technician_is_not_walked_through_the_create_dialog() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        bot.command(TECHNICIAN, "new");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        bot.press(TECHNICIAN, "m:new");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));

        assertThat(bot.step(TECHNICIAN)).isEmpty();
    }
}
