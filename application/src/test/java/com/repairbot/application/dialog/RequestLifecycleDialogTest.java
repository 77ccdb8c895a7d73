package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.OTHER_TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Option;
import com.repairbot.application.port.out.Notification;
import com.repairbot.application.port.out.NotificationKind;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import org.junit.jupiter.api.Test;

/** The walk of the Done-when list, through the engine only, and the moves the buttons must refuse. */
class RequestLifecycleDialogTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void a_request_goes_from_creation_to_closed_with_the_money_split_and_the_full_history() {
        // the dispatcher takes the call
        assertThat(bot.createRequest(DISPATCHER)).isEqualTo(1);

        // the admin adds a technician: id -> name -> phone -> specialization -> confirm
        bot.command(ADMIN, "menu");
        bot.pressLabel(ADMIN, "➕ Добавить мастера");
        assertThat(bot.step(ADMIN)).contains("AddTechnician:user");
        bot.send(ADMIN, "300");
        assertThat(bot.step(ADMIN)).contains("AddTechnician:name");
        bot.send(ADMIN, "Сергей Петров");
        assertThat(bot.step(ADMIN)).contains("AddTechnician:phone");
        bot.send(ADMIN, "8 999 000-03-00");
        assertThat(bot.step(ADMIN)).contains("AddTechnician:specialization");
        bot.send(ADMIN, "стиральные и посудомоечные машины");
        assertThat(bot.step(ADMIN)).contains("AddTechnician:confirm");
        assertThat(bot.lastText()).contains("Telegram id: 300", "Имя: Сергей Петров", "Телефон: +79990000300",
                "Специализация: стиральные и посудомоечные машины");
        bot.pressLabel(ADMIN, "✅ Подтвердить");
        assertThat(bot.replies().get(0).text()).startsWith("Мастер Сергей Петров добавлен.");
        assertThat(bot.lastText()).contains("Мастера (1):",
                "Сергей Петров (id 300) · стиральные и посудомоечные машины",
                "без рабочей группы");
        assertThat(bot.staff.grantedRoles(new UserId(TECHNICIAN))).containsExactly(Role.TECHNICIAN);

        // ... and binds the technician's work group with the "choose a chat" button
        bot.pressLabel(ADMIN, "Группа для: Сергей Петров");
        assertThat(bot.step(ADMIN)).contains("BindWorkGroup:group");
        assertThat(bot.options()).extracting(Option::kind).contains(Option.Kind.REQUEST_CHAT);
        bot.sharedChat(ADMIN, TECHNICIAN_GROUP);
        assertThat(bot.step(ADMIN)).contains("BindWorkGroup:confirm");
        bot.pressLabel(ADMIN, "✅ Подтвердить");
        assertThat(bot.replies().get(0).text()).isEqualTo("Рабочая группа мастера Сергей Петров привязана.");
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().workGroup())
                .contains(new ChatId(TECHNICIAN_GROUP));

        // the dispatcher assigns
        bot.command(DISPATCHER, "card", "1");
        bot.pressLabel(DISPATCHER, "👷 Назначить мастера");
        assertThat(bot.step(DISPATCHER)).contains("AssignTechnician:technician");
        assertThat(bot.lastText()).startsWith("Заявка #1: выберите мастера");
        bot.pressLabel(DISPATCHER, "Сергей Петров · стиральные и посудомоечные машины");
        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: мастер назначен (Назначена).");
        assertThat(bot.request(1).status()).isEqualTo(Status.ASSIGNED);
        assertThat(bot.notifications()).contains(
                new Notification(new ChatId(TECHNICIAN_GROUP), NotificationKind.REQUEST_ASSIGNED,
                        bot.request(1).number(), ""),
                new Notification(new ChatId(TECHNICIAN), NotificationKind.ASSIGNED_TO_YOU,
                        bot.request(1).number(), ""));

        // the technician accepts in the work group; the phone stays hidden until on site
        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new com.repairbot.application.conversation.Input.Choice(
                "r:1:accept"));
        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1: Принята.");
        assertThat(bot.lastText()).contains("Телефон: +7******4567 (будет виден, когда вы на месте)")
                .doesNotContain(PHONE);
        assertThat(bot.optionLabels()).contains("📍 На месте", "⏳ Долгий ремонт");

        bot.pressLabel(TECHNICIAN, "📍 На месте");
        assertThat(bot.request(1).status()).isEqualTo(Status.ONSITE);
        assertThat(bot.lastText()).contains("Телефон: " + PHONE);

        // completes: total -> materials -> review? -> out of city? -> summary with the split -> confirm
        bot.pressLabel(TECHNICIAN, "💰 Завершить");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:total");
        bot.send(TECHNICIAN, "10000");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:materials");
        bot.send(TECHNICIAN, "2 000");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:review");
        bot.pressLabel(TECHNICIAN, "Да");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:out_of_city");
        bot.pressLabel(TECHNICIAN, "Нет");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:confirm");
        assertThat(bot.lastText()).contains("Заявка #1 — закрытие:",
                "Сумма: " + rubles(10000) + ", материалы: " + rubles(2000) + ", отзыв: Да, за городом: Нет",
                "Чистыми: " + rubles(8000) + "; мастеру 60 %: " + rubles(4800) + "; компании: " + rubles(3200));
        bot.pressLabel(TECHNICIAN, "✅ Подтвердить");

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1 закрыта.");
        assertThat(bot.lastText()).startsWith("Заявка #1 · Закрыта");
        RepairRequest closed = bot.request(1);
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.completion().orElseThrow().split().technicianShare()).isEqualTo(Money.rubles(4800));
        assertThat(closed.completion().orElseThrow().split().companyShare()).isEqualTo(Money.rubles(3200));
        assertThat(bot.step(TECHNICIAN)).isEmpty();

        // the card shows the full history
        bot.command(DISPATCHER, "card", "1");
        assertThat(bot.lastText()).contains("История:")
                .contains("создана · Мария И.", "Новая → Назначена · Мария И. — мастер Сергей Петров",
                        "Назначена → Принята · Сергей Петров", "Принята → Мастер на месте · Сергей Петров",
                        "Мастер на месте → Закрыта · Сергей Петров");
        assertThat(bot.lastText().lines().filter(line -> line.contains(" · ") && line.startsWith("10.03.2026")))
                .hasSize(5);
        assertThat(bot.optionData()).containsExactly("r:1:card", "r:1:file");
    }

    @Test
    void the_work_group_may_be_bound_by_typing_its_negative_id() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.press(ADMIN, "t:300:bind");

        bot.send(ADMIN, String.valueOf(OTHER_GROUP));
        bot.pressLabel(ADMIN, "✅ Подтвердить");

        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().workGroup())
                .contains(new ChatId(OTHER_GROUP));
        assertThat(bot.step(ADMIN)).isEmpty();
    }

    @Test
    void a_typed_group_id_that_is_not_a_number_is_refused() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.press(ADMIN, "t:300:bind");

        bot.send(ADMIN, "рабочая группа");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.chat_id.invalid"));
        bot.send(ADMIN, "0");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.chat_id.invalid"));
        bot.contact(ADMIN, PHONE);
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("group.use_button"));
        assertThat(bot.step(ADMIN)).contains("BindWorkGroup:group");
    }

    @Test
    void a_technician_pressing_accept_on_a_request_not_assigned_to_them_is_refused_and_nothing_changes() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);
        bot.createRequest(DISPATCHER);
        bot.assign(1, TECHNICIAN);
        RepairRequest before = bot.request(1);

        bot.press(OTHER_TECHNICIAN, "r:1:accept");

        // answered as for a missing request: the refusal must not tell him its status (issue 14, item 9)
        assertThat(bot.lastText()).isEqualTo(ru().get("error.request_not_found", 1));
        assertThat(bot.request(1)).isEqualTo(before);
    }

    @Test
    void a_dispatcher_pressing_on_site_is_refused_with_the_moves_allowed_to_them() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);
        bot.assign(1, TECHNICIAN);
        bot.press(TECHNICIAN, "r:1:accept");
        RepairRequest before = bot.request(1);

        bot.press(DISPATCHER, "r:1:onsite");

        assertThat(bot.lastText()).isEqualTo(
                "Заявку #1 нельзя перевести из «Принята» в «Мастер на месте». Доступно вам: Отказ.");
        assertThat(bot.request(1)).isEqualTo(before);
    }

    @Test
    void a_dispatcher_pressing_complete_is_refused_at_once_and_no_dialog_starts() {
        long number = bot.onSiteRequest();
        RepairRequest before = bot.request(number);

        bot.press(DISPATCHER, "r:1:complete");

        assertThat(bot.lastText()).isEqualTo(
                "Заявку #1 нельзя перевести из «Мастер на месте» в «Закрыта». Доступно вам: ничего.");
        assertThat(bot.step(DISPATCHER)).isEmpty();
        assertThat(bot.request(number)).isEqualTo(before);
    }

    @Test
    void complete_pressed_on_a_new_request_is_refused_naming_the_allowed_moves() {
        bot.createRequest(DISPATCHER);
        RepairRequest before = bot.request(1);

        bot.press(ADMIN, "r:1:complete");

        assertThat(bot.lastText()).isEqualTo(
                "Заявку #1 нельзя перевести из «Новая» в «Закрыта». Доступно вам: Назначена, Отказ.");
        assertThat(bot.step(ADMIN)).isEmpty();
        assertThat(bot.request(1)).isEqualTo(before);
    }

    @Test
    void a_technician_pressing_assign_is_refused_and_is_not_left_in_a_dialog() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);

        bot.press(TECHNICIAN, "r:1:assign");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.request_not_found", 1));
        assertThat(bot.step(TECHNICIAN)).isEmpty();
        bot.command(TECHNICIAN, "my");
        assertThat(bot.lastText()).startsWith("Мои заявки: 0");
    }

    @Test
    void accepting_twice_is_a_harmless_repeat() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);
        bot.assign(1, TECHNICIAN);
        bot.press(TECHNICIAN, "r:1:accept");
        RepairRequest before = bot.request(1);

        bot.press(TECHNICIAN, "r:1:accept");

        assertThat(bot.replies().get(0).text()).isEqualTo("Заявка #1 уже в статусе «Принята», ничего не изменилось.");
        assertThat(bot.request(1)).isEqualTo(before);
    }

    @Test
    void an_admin_may_act_on_behalf_of_the_technician() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);
        bot.assign(1, TECHNICIAN);

        bot.press(ADMIN, "r:1:accept");
        bot.press(ADMIN, "r:1:onsite");

        assertThat(bot.request(1).status()).isEqualTo(Status.ONSITE);
    }

    @Test
    void materials_dearer_than_the_total_are_refused() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":complete");
        bot.send(TECHNICIAN, "1000");

        bot.send(TECHNICIAN, "1500,50");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.materials.exceed_total"));
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:materials");
    }

    @Test
    void an_amount_that_is_not_a_number_is_refused() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":complete");

        bot.send(TECHNICIAN, "десять тысяч");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.money.invalid"));
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:total");
    }

    @Test
    void a_small_job_out_of_the_city_without_review_is_split_forty_plus_ten_percent() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":complete");
        bot.send(TECHNICIAN, "3000");
        bot.send(TECHNICIAN, "0");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, "d:yes");

        assertThat(bot.lastText()).contains("мастеру 50 %: " + rubles(1500) + "; компании: " + rubles(1500));
    }

    @Test
    void a_yes_no_step_accepts_only_yes_or_no() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":complete");
        bot.send(TECHNICIAN, "3000");
        bot.send(TECHNICIAN, "0");

        bot.press(TECHNICIAN, "d:maybe");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        bot.press(TECHNICIAN, DialogEngine.SKIP);
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        bot.send(TECHNICIAN, "да");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));

        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:review");
        assertThat(bot.conversation(TECHNICIAN).orElseThrow().data()).doesNotContainKey("review");
    }

    @Test
    void editing_the_total_below_the_materials_on_the_summary_is_refused_and_the_dialog_can_go_on() {
        long number = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + number + ":complete");
        bot.send(TECHNICIAN, "10000");
        bot.send(TECHNICIAN, "2000");
        bot.press(TECHNICIAN, "d:yes");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, DialogEngine.EDIT);
        assertThat(bot.optionLabels()).containsExactly("Сумма", "Материалы", "Отзыв", "Выезд за город", "◀ Назад",
                "✖ Отмена");
        bot.pressLabel(TECHNICIAN, "Сумма");

        bot.send(TECHNICIAN, "1000");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.materials.exceed_total"));
        bot.send(TECHNICIAN, "12000");
        assertThat(bot.step(TECHNICIAN)).contains("CompleteRequest:confirm");
        assertThat(bot.lastText()).contains("Чистыми: " + rubles(10000));
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);
        assertThat(bot.request(number).completion().orElseThrow().total()).isEqualTo(Money.rubles(12000));
    }

    @Test
    void the_technician_sees_their_requests() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);
        bot.createRequest(DISPATCHER);
        bot.assign(2, TECHNICIAN);

        bot.command(TECHNICIAN, "menu");
        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: мастер");
        bot.pressLabel(TECHNICIAN, "🔧 Мои заявки");

        assertThat(bot.lastText()).startsWith("Мои заявки: 1, страница 1 из 1").contains("#2 · Назначена")
                .doesNotContain("#1 ·");
        assertThat(bot.optionData()).contains("r:2:card", "m:menu");
        assertThat(bot.replies().get(0).replacing()).isTrue();

        bot.pressLabel(TECHNICIAN, "#2 Назначена");
        assertThat(bot.lastText()).startsWith("Заявка #2 · Назначена");
        assertThat(bot.optionData()).contains("r:2:accept", "r:2:decline", "r:2:resched", "r:2:notes")
                .doesNotContain("r:2:edit", "r:2:ping");
    }

    @Test
    void a_technician_may_not_open_a_request_of_someone_else() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);

        bot.send(TECHNICIAN, "#1");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.request_not_found", 1));
    }

    private static String rubles(long amount) {
        return ru().money(Money.rubles(amount));
    }

}
