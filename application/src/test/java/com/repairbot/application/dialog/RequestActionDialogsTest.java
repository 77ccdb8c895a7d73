package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.OTHER_TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The other request dialogs and buttons: decline, refuse, reopen, long repair, reschedule, notes, edits. */
class RequestActionDialogsTest {

    private final DialogDriver bot = new DialogDriver();

    private long assigned() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);
        return number;
    }

    private long accepted() {
        long number = assigned();
        bot.press(TECHNICIAN, "r:" + number + ":accept");
        return number;
    }

    @Test
    void the_technician_declines_with_a_reason_and_the_dispatcher_is_told() {
        long number = assigned();
        bot.command(TECHNICIAN, "card", String.valueOf(number));
        bot.pressLabel(TECHNICIAN, "↩ Отказаться");
        assertThat(bot.step(TECHNICIAN)).contains("DeclineRequest:reason");
        assertThat(bot.lastText()).isEqualTo("Заявка #1: почему вы отказываетесь?");

        bot.send(TECHNICIAN, "ну");
        assertThat(bot.replies().get(0).text()).isEqualTo("Причина должна быть от 3 до 500 символов.");
        bot.send(TECHNICIAN, "Нет запчастей на эту модель");

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: Отказ.");
        RepairRequest declined = bot.request(number);
        assertThat(declined.status()).isEqualTo(Status.REFUSED);
        assertThat(declined.refusal().orElseThrow().value()).isEqualTo("Нет запчастей на эту модель");
        assertThat(bot.notifications()).contains(new Notification(new ChatId(DISPATCHER),
                NotificationKind.STATUS_CHANGED, declined.number(), "REFUSED"));
    }

    @Test
    void the_dispatcher_refuses_with_a_reason_and_reopens_later() {
        long number = bot.createRequest(DISPATCHER);
        bot.command(DISPATCHER, "card", "1");
        bot.pressLabel(DISPATCHER, "🚫 Отказ");
        assertThat(bot.lastText()).isEqualTo("Заявка #1: причина отказа?");
        bot.send(DISPATCHER, "Клиент передумал");
        assertThat(bot.request(number).status()).isEqualTo(Status.REFUSED);
        assertThat(bot.lastText()).contains("Причина отказа: Клиент передумал");
        assertThat(bot.optionData()).contains("r:1:reopen");

        bot.pressLabel(DISPATCHER, "♻ Открыть заново");

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: Новая.");
        assertThat(bot.request(number).status()).isEqualTo(Status.NEW);
        assertThat(bot.request(number).refusal()).isEmpty();
    }

    @Test
    void the_dispatcher_unassigns_and_the_technician_is_told() {
        long number = assigned();
        bot.command(DISPATCHER, "card", "1");
        bot.pressLabel(DISPATCHER, "↩ Снять мастера");

        assertThat(bot.request(number).status()).isEqualTo(Status.NEW);
        assertThat(bot.request(number).technician()).isEmpty();
        assertThat(bot.notifications()).contains(new Notification(new ChatId(TECHNICIAN),
                NotificationKind.UNASSIGNED_FROM_YOU, bot.request(number).number(), ""));
    }

    @Test
    void the_dispatcher_reassigns_to_another_technician() {
        long number = assigned();
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);
        bot.command(DISPATCHER, "card", "1");
        bot.pressLabel(DISPATCHER, "🔁 Переназначить");
        bot.press(DISPATCHER, "d:" + OTHER_TECHNICIAN);

        assertThat(bot.request(number).technician()).contains(new UserId(OTHER_TECHNICIAN));
        assertThat(bot.request(number).status()).isEqualTo(Status.ASSIGNED);
    }

    @Test
    void the_dispatcher_pings_the_technician_that_the_client_is_waiting() {
        long number = accepted();
        bot.command(DISPATCHER, "card", "1");
        bot.pressLabel(DISPATCHER, "🔔 Клиент ждёт");

        assertThat(bot.lastText()).isEqualTo("Мастеру отправлено напоминание: клиент по заявке #1 ждёт.");
        assertThat(bot.notifications()).contains(
                new Notification(new ChatId(TECHNICIAN), NotificationKind.CLIENT_WAITING,
                        bot.request(number).number(), ""),
                new Notification(new ChatId(TECHNICIAN_GROUP), NotificationKind.CLIENT_WAITING,
                        bot.request(number).number(), ""));
    }

    @Test
    void a_ping_on_a_request_without_technician_is_not_permitted() {
        bot.createRequest(DISPATCHER);

        bot.press(DISPATCHER, "r:1:ping");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
    }

    @Test
    void long_repair_with_a_day_and_month_prepayment_skipped_and_parts_given() {
        long number = accepted();
        bot.command(TECHNICIAN, "card", "1");
        bot.pressLabel(TECHNICIAN, "⏳ Долгий ремонт");
        assertThat(bot.step(TECHNICIAN)).contains("LongRepair:date");
        bot.send(TECHNICIAN, "25.12");
        assertThat(bot.step(TECHNICIAN)).contains("LongRepair:prepayment");
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        assertThat(bot.step(TECHNICIAN)).contains("LongRepair:parts");
        bot.send(TECHNICIAN, "Ждём ТЭН из Германии");
        assertThat(bot.lastText()).isEqualTo(
                "Заявка #1 — долгий ремонт.\nГотовность: 25.12.2026\nПредоплата: —\nЗапчасти: Ждём ТЭН из Германии");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);

        RepairRequest request = bot.request(number);
        assertThat(request.status()).isEqualTo(Status.LONG_REPAIR);
        assertThat(request.longRepair()).contains(new LongRepairPlan(LocalDate.of(2026, 12, 25), Optional.empty(),
                "Ждём ТЭН из Германии"));
        assertThat(bot.lastText()).contains("Долгий ремонт до: 25.12.2026", "Запчасти: Ждём ТЭН из Германии")
                .doesNotContain("Предоплата");
    }

    @Test
    void long_repair_with_a_full_date_and_a_prepayment() {
        long number = accepted();
        bot.press(TECHNICIAN, "r:1:long_repair");
        bot.send(TECHNICIAN, "01.02.2027");
        bot.send(TECHNICIAN, "1 500,50");
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        assertThat(bot.lastText()).contains("Предоплата: " + ru().money(new Money(150050)), "Запчасти: —");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);

        assertThat(bot.request(number).longRepair()).contains(new LongRepairPlan(LocalDate.of(2027, 2, 1),
                Optional.of(new Money(150050)), ""));
        assertThat(bot.lastText()).contains("Предоплата: 1\u00a0500,50 ₽");
    }

    @Test
    void a_day_and_month_passed_this_year_means_next_year() {
        accepted();
        bot.press(TECHNICIAN, "r:1:long_repair");
        bot.send(TECHNICIAN, "05.01");
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        bot.press(TECHNICIAN, DialogEngine.SKIP);

        assertThat(bot.lastText()).contains("Готовность: 05.01.2027");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-25, 2026-12-25",
            "10.03, 2026-03-10",
            "9.3.2026, error.long_repair.date.past",
            "2026-03-09, error.long_repair.date.past",
            "31.02, error.date.invalid",
            "завтра, error.date.invalid",
            "32.13.2026, error.date.invalid"})
    void the_ready_by_date_is_read_in_several_forms(String typed, String expected) {
        accepted();
        bot.press(TECHNICIAN, "r:1:long_repair");
        bot.send(TECHNICIAN, typed);

        if (expected.startsWith("error.")) {
            assertThat(bot.replies().get(0).text()).isEqualTo(ru().get(expected));
            assertThat(bot.step(TECHNICIAN)).contains("LongRepair:date");
        } else {
            assertThat(bot.conversation(TECHNICIAN).orElseThrow().data()).containsEntry("date", expected);
        }
    }

    @Test
    void long_repair_may_edit_the_date_on_the_summary() {
        accepted();
        bot.press(TECHNICIAN, "r:1:long_repair");
        bot.send(TECHNICIAN, "25.12");
        bot.send(TECHNICIAN, "500");
        bot.send(TECHNICIAN, "ТЭН");
        bot.press(TECHNICIAN, DialogEngine.EDIT);
        assertThat(bot.optionLabels()).containsExactly("Дата готовности", "Предоплата", "Запчасти", "◀ Назад",
                "✖ Отмена");
        bot.pressLabel(TECHNICIAN, "Дата готовности");
        bot.send(TECHNICIAN, "30.12");

        assertThat(bot.lastText()).contains("Готовность: 30.12.2026");
    }

    @Test
    void a_long_repair_goes_back_on_site_and_is_completed() {
        long number = accepted();
        bot.press(TECHNICIAN, "r:1:long_repair");
        bot.send(TECHNICIAN, "25.12");
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);

        bot.press(TECHNICIAN, "r:1:complete");
        bot.send(TECHNICIAN, "5000");
        bot.send(TECHNICIAN, "1000");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);

        assertThat(bot.request(number).status()).isEqualTo(Status.CLOSED);
        assertThat(bot.lastText()).contains("мастеру 40 %: " + ru().money(Money.rubles(1600)))
                .doesNotContain("Долгий ремонт до");
    }

    @Test
    void the_technician_reschedules_the_visit_with_a_reason_and_the_dispatcher_is_told() {
        long number = accepted();
        bot.command(TECHNICIAN, "card", "1");
        bot.pressLabel(TECHNICIAN, "🕒 Перенести визит");
        assertThat(bot.step(TECHNICIAN)).contains("RescheduleVisit:visit");
        bot.send(TECHNICIAN, "завтра 15:30");
        assertThat(bot.lastText()).isEqualTo(ru().get("reschedule.reason"));
        bot.send(TECHNICIAN, "Задержался на другом вызове");

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: визит перенесён.");
        assertThat(bot.request(number).visit()).contains(new ScheduledVisit("завтра 15:30",
                Optional.of(LocalDateTime.of(2026, 3, 11, 15, 30))));
        assertThat(bot.lastText()).contains("Визит: завтра 15:30 (11.03.2026 15:30)",
                "изменено поле «Визит»: Задержался на другом вызове");
        assertThat(bot.notifications()).contains(new Notification(new ChatId(DISPATCHER),
                NotificationKind.REQUEST_EDITED, bot.request(number).number(), "visit"));
    }

    @Test
    void notes_are_added_after_the_earlier_ones() {
        long number = bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:notes");
        assertThat(bot.lastText()).isEqualTo("Заявка #1: текст заметки (все заметки заявки вместе — до 1000 символов).");
        bot.send(DISPATCHER, "Клиент просит позвонить за час");
        bot.press(DISPATCHER, "r:1:notes");
        bot.send(DISPATCHER, "Код домофона 45");

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: заметка добавлена.");
        assertThat(bot.request(number).notes().orElseThrow().value())
                .isEqualTo("Клиент просит позвонить за час\nКод домофона 45");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "description | Не включается вообще, индикатор не горит | Проблема: Не включается вообще, индикатор не горит",
            "client_name | Петров Пётр | Клиент: Петров Пётр",
            "address     | г. Москва, ул. Тверская, д. 7 | Адрес: г. Москва, ул. Тверская, д. 7",
            "phone       | 8 912 000-11-22 | Телефон: +79120001122",
            "notes       | Только после 18:00 | Заметки: Только после 18:00",
            "visit       | 25.03 14:00 | Визит: 25.03 14:00 (25.03.2026 14:00)"})
    void the_dispatcher_edits_each_typed_field(String field, String typed, String shown) {
        long number = bot.createRequest(DISPATCHER);
        bot.command(DISPATCHER, "card", "1");
        bot.pressLabel(DISPATCHER, "✏ Исправить");
        assertThat(bot.lastText()).isEqualTo("Заявка #1: что исправить?");
        assertThat(bot.optionData()).contains("equipment", "description", "client_name", "address",
                "phone", "notes", "visit");
        bot.press(DISPATCHER, "d:" + field);
        assertThat(bot.lastText()).isEqualTo("Новое значение поля «" + ru().get("field." + field) + "»:");

        bot.send(DISPATCHER, typed);

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: исправлено.");
        assertThat(bot.lastText()).contains(shown);
        assertThat(bot.request(number).version()).isEqualTo(2);
        assertThat(bot.step(DISPATCHER)).isEmpty();
    }

    @Test
    void the_equipment_is_edited_with_its_buttons() {
        long number = bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:edit");
        bot.press(DISPATCHER, "d:equipment");
        assertThat(bot.optionData()).contains("oven", "tv");

        bot.pressLabel(DISPATCHER, "Духовой шкаф");

        assertThat(bot.request(number).equipment().code()).isEqualTo("oven");
    }

    @Test
    void the_phone_is_edited_with_a_shared_contact() {
        long number = bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:edit");
        bot.press(DISPATCHER, "d:phone");

        bot.contact(DISPATCHER, "+7 912 000 11 22");

        assertThat(bot.request(number).client().phone().e164()).isEqualTo("+79120001122");
    }

    @Test
    void an_invalid_new_value_is_refused_and_asked_again() {
        bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:edit");
        bot.press(DISPATCHER, "d:address");

        bot.send(DISPATCHER, "улица без номера дома");

        assertThat(bot.replies().get(0).text()).isEqualTo("В адресе нет номера дома.");
        assertThat(bot.step(DISPATCHER)).contains("EditField:value");
        bot.press(DISPATCHER, DialogEngine.BACK);
        assertThat(bot.step(DISPATCHER)).contains("EditField:field");
    }

    @Test
    void a_field_that_is_not_offered_is_refused() {
        bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:edit");

        bot.press(DISPATCHER, "d:dispatcher");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.step(DISPATCHER)).contains("EditField:field");
    }

    @Test
    void a_technician_may_not_change_the_address_and_is_not_offered_it() {
        long number = accepted();
        RepairRequest before = bot.request(number);
        bot.press(TECHNICIAN, "r:1:edit");
        bot.press(TECHNICIAN, "d:address");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.step(TECHNICIAN)).contains("EditField:field");
        assertThat(bot.request(number)).isEqualTo(before);
    }

    @Test
    void a_closed_request_may_be_corrected_by_an_admin_only() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:1:complete");
        bot.send(TECHNICIAN, "3000");
        bot.send(TECHNICIAN, "0");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);

        bot.press(DISPATCHER, "r:1:notes");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        assertThat(bot.step(DISPATCHER)).isEmpty();

        bot.command(ADMIN, "card", "1");
        assertThat(bot.optionData()).contains("r:1:notes", "r:1:edit").doesNotContain("r:1:resched");
        bot.press(ADMIN, "r:1:notes");
        bot.send(ADMIN, "Гарантия 6 месяцев");
        assertThat(bot.request(number).notes().orElseThrow().value()).isEqualTo("Гарантия 6 месяцев");
    }

    @Test
    void a_request_that_does_not_exist_is_not_found() {
        bot.press(DISPATCHER, "r:42:card");

        assertThat(bot.lastText()).isEqualTo("Заявка #42 не найдена.");
    }

    @Test
    void refresh_shows_the_card_in_place() {
        bot.createRequest(DISPATCHER);

        bot.press(DISPATCHER, "r:1:card");

        assertThat(bot.replies()).singleElement().satisfies(card -> {
            assertThat(card.replacing()).isTrue();
            assertThat(card.text()).startsWith("Заявка #1 · Новая");
        });
    }

    @Test
    void an_unknown_request_button_is_out_of_date() {
        bot.createRequest(DISPATCHER);

        bot.press(DISPATCHER, "r:1:explode");

        assertThat(bot.lastText()).isEqualTo(ru().get("input.unknown_button"));
    }

    @Test
    void reassigning_to_the_same_technician_changes_nothing() {
        long number = assigned();
        RepairRequest before = bot.request(number);
        bot.press(DISPATCHER, "r:1:reassign");

        bot.press(DISPATCHER, "d:" + TECHNICIAN);

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1 уже в статусе «Назначена», ничего не изменилось.");
        assertThat(bot.request(number)).isEqualTo(before);
    }
}
