package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DESCRIPTION;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.ScheduledVisit;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateRequestDialogTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void a_dispatcher_walks_all_eight_steps_and_the_request_is_stored_once_with_exactly_the_entered_data() {
        bot.command(DISPATCHER, "new");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.equipment"));
        assertThat(bot.optionLabels()).contains("Стиральная машина", "Холодильник", "Телевизор", "✖ Отмена")
                .doesNotContain("◀ Назад", "Пропустить ▶");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");

        bot.pressLabel(DISPATCHER, "Холодильник");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.phone"));
        assertThat(bot.optionLabels()).containsExactly("◀ Назад", "✖ Отмена");

        bot.send(DISPATCHER, "8 (999) 123-45-67"); // a phone never seen: no earlier client to offer
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
        assertThat(bot.lastText()).isEqualTo(ru().get("create.description"));

        bot.send(DISPATCHER, "  " + DESCRIPTION + "  ");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:name");

        bot.send(DISPATCHER, NAME);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:address");

        bot.send(DISPATCHER, ADDRESS);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:notes");
        assertThat(bot.optionLabels()).containsExactly("◀ Назад", "Пропустить ▶", "✖ Отмена");

        bot.send(DISPATCHER, "Домофон не работает, звонить заранее");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:visit");

        bot.send(DISPATCHER, "завтра 10:00");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        String summary = bot.lastText();
        assertThat(summary).contains(ru().get("create.summary"), "Техника: Холодильник",
                "Проблема: " + DESCRIPTION, "Клиент: " + NAME, "Телефон: " + PHONE, "Адрес: " + ADDRESS,
                "Заметки: Домофон не работает, звонить заранее", "Визит: завтра 10:00 (11.03.2026 10:00)");
        assertThat(bot.optionLabels()).containsExactly("✅ Подтвердить", "✏ Исправить", "✖ Отмена");

        bot.pressLabel(DISPATCHER, "✅ Подтвердить");

        assertThat(bot.replies().get(0).text()).isEqualTo("✅ Заявка #1 создана.");
        assertThat(bot.replies().get(0).replacing()).isTrue();
        assertThat(bot.lastText()).startsWith("Заявка #1 · Новая");
        assertThat(bot.step(DISPATCHER)).isEmpty();
        assertThat(bot.requestCount()).isEqualTo(1);
        RepairRequest stored = bot.request(1);
        assertThat(stored.status()).isEqualTo(Status.NEW);
        assertThat(stored.equipment().code()).isEqualTo("refrigerator");
        assertThat(stored.description().value()).isEqualTo(DESCRIPTION);
        assertThat(stored.client().name().value()).isEqualTo(NAME);
        assertThat(stored.client().address().value()).isEqualTo(ADDRESS);
        assertThat(stored.client().phone().e164()).isEqualTo(PHONE);
        assertThat(stored.notes()).contains(new Notes("Домофон не работает, звонить заранее"));
        assertThat(stored.visit()).contains(new ScheduledVisit("завтра 10:00",
                Optional.of(LocalDateTime.of(2026, 3, 11, 10, 0))));
        assertThat(stored.dispatcher()).isEqualTo(new UserId(DISPATCHER));
        assertThat(stored.technician()).isEmpty();
    }

    @Test
    void staff_other_than_the_author_are_notified_of_the_new_request() {
        bot.createRequest(DISPATCHER);

        assertThat(bot.notifications()).containsExactly(
                new Notification(new ChatId(ADMIN), NotificationKind.REQUEST_CREATED,
                        bot.request(1).number(), ""));
    }

    @Test
    void an_admin_may_create_requests_too() {
        assertThat(bot.createRequest(ADMIN)).isEqualTo(1);
        assertThat(bot.request(1).dispatcher()).isEqualTo(new UserId(ADMIN));
    }

    @Test
    void the_equipment_may_be_typed_as_its_label_in_any_case() {
        bot.command(DISPATCHER, "new");
        bot.send(DISPATCHER, "  стиральная МАШИНА ");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("equipment", "washing_machine");
    }

    @Test
    void the_equipment_may_be_typed_as_its_code() {
        bot.command(DISPATCHER, "new");
        bot.send(DISPATCHER, "coffee_machine");

        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("equipment", "coffee_machine");
    }

    @Test
    void an_equipment_that_is_not_offered_is_refused_and_asked_again() {
        bot.command(DISPATCHER, "new");
        bot.send(DISPATCHER, "Пылесос");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.equipment.invalid"));
        assertThat(bot.lastText()).isEqualTo(ru().get("create.equipment"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");

        bot.press(DISPATCHER, "d:vacuum_cleaner");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.equipment.invalid"));
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:equipment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"89991234567", "79991234567", "+7 (999) 123-45-67", "9991234567", "8 999 123 45 67"})
    void a_phone_typed_in_each_russian_form_is_stored_in_e164(String typed) {
        walkToPhone();
        bot.send(DISPATCHER, typed);

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("phone", PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+79991234567", "79991234567"})
    void a_forwarded_contact_gives_the_phone(String shared) {
        walkToPhone();
        bot.contact(DISPATCHER, shared);

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:description");
        assertThat(bot.conversation(DISPATCHER).orElseThrow().data()).containsEntry("phone", PHONE);
    }

    @Test
    void notes_and_visit_may_be_skipped_and_the_request_has_none() {
        walkToNotes();
        bot.pressLabel(DISPATCHER, "Пропустить ▶");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:visit");
        bot.pressLabel(DISPATCHER, "Пропустить ▶");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:confirm");
        assertThat(bot.lastText()).contains("Заметки: —", "Визит: —");

        bot.press(DISPATCHER, DialogEngine.CONFIRM);

        assertThat(bot.request(1).notes()).isEmpty();
        assertThat(bot.request(1).visit()).isEmpty();
    }

    @Test
    void the_skip_command_skips_an_optional_step_too() {
        walkToNotes();
        bot.command(DISPATCHER, "skip");

        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:visit");
    }

    @Test
    void a_visit_that_cannot_be_read_is_kept_as_text() {
        walkToNotes();
        bot.press(DISPATCHER, DialogEngine.SKIP);
        bot.send(DISPATCHER, "после обеда");
        bot.press(DISPATCHER, DialogEngine.CONFIRM);

        assertThat(bot.request(1).visit()).contains(new ScheduledVisit("после обеда", Optional.empty()));
    }

    @Test
    void a_visit_means_the_day_it_was_typed_even_when_confirm_comes_after_midnight() {
        bot.clock.set(java.time.Instant.parse("2026-03-10T20:50:00Z")); // 23:50 in Moscow
        walkToNotes();
        bot.press(DISPATCHER, DialogEngine.SKIP);
        bot.send(DISPATCHER, "завтра 10:00");
        bot.clock.set(java.time.Instant.parse("2026-03-10T21:20:00Z")); // 00:20 on the 11th
        bot.press(DISPATCHER, DialogEngine.CONFIRM);

        assertThat(bot.request(1).visit()).contains(new ScheduledVisit("завтра 10:00",
                Optional.of(java.time.LocalDateTime.parse("2026-03-11T10:00"))));
    }

    @Test
    void the_prompt_lays_out_two_short_options_per_row_and_a_long_one_alone() {
        bot.command(DISPATCHER, "new");

        assertThat(bot.replies().get(0).options()).map(row -> row.stream().map(Option::data).map(DialogDriver::value).toList())
                .containsExactly(
                        java.util.List.of("washing_machine", "dryer"),
                        java.util.List.of("oven"),
                        java.util.List.of("dishwasher"),
                        java.util.List.of("coffee_machine", "refrigerator"),
                        java.util.List.of("plumbing", "electrical"),
                        java.util.List.of("water_heater", "tv"),
                        java.util.List.of(DialogEngine.CANCEL));
    }

    private void walkToPhone() {
        bot.command(DISPATCHER, "new");
        bot.press(DISPATCHER, "d:washing_machine");
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:phone");
    }

    private void walkToNotes() {
        walkToPhone();
        bot.send(DISPATCHER, PHONE);
        bot.send(DISPATCHER, DESCRIPTION);
        bot.send(DISPATCHER, NAME);
        bot.send(DISPATCHER, ADDRESS);
        assertThat(bot.step(DISPATCHER)).contains("CreateRequest:notes");
    }
}
