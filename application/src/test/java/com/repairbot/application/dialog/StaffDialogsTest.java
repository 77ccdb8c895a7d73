package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import org.junit.jupiter.api.Test;

/** The admin's dialogs and screens: technicians, work groups, roles, the audit log. */
class StaffDialogsTest {

    private static final long NEWCOMER = 555;

    private final DialogDriver bot = new DialogDriver();

    @Test
    void add_technician_takes_a_shared_contact_for_the_phone() {
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "300");
        bot.press(ADMIN, DialogEngine.SKIP);
        bot.contact(ADMIN, "79990000300");
        bot.send(ADMIN, "холодильники");
        bot.press(ADMIN, DialogEngine.CONFIRM);

        Technician added = bot.staff.technician(new UserId(300)).orElseThrow();
        assertThat(added.phone().e164()).isEqualTo("+79990000300");
        assertThat(added.active()).isTrue();
        assertThat(added.workGroup()).isEmpty();
    }

    @Test
    void add_technician_refuses_an_id_that_is_not_a_positive_number_and_a_one_letter_specialization() {
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "-5");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.user_id.invalid"));
        bot.send(ADMIN, "@vasya");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.user_id.invalid"));
        bot.send(ADMIN, "300");
        bot.press(ADMIN, DialogEngine.SKIP);
        bot.send(ADMIN, "12");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.phone.invalid"));
        bot.send(ADMIN, "+79990000300");
        bot.send(ADMIN, "х");
        assertThat(bot.replies().get(0).text()).isEqualTo("Специализация должна быть от 2 до 100 символов.");

        assertThat(bot.step(ADMIN)).contains("AddTechnician:specialization");
    }

    @Test
    void add_technician_may_edit_a_field_on_the_summary() {
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "300");
        bot.press(ADMIN, DialogEngine.SKIP);
        bot.send(ADMIN, "+79990000300");
        bot.send(ADMIN, "холодильники");
        bot.press(ADMIN, DialogEngine.EDIT);
        assertThat(bot.optionLabels()).containsExactly("Telegram id", "Имя", "Телефон", "Специализация", "◀ Назад",
                "✖ Отмена");
        bot.pressLabel(ADMIN, "Специализация");
        bot.send(ADMIN, "посудомойки");

        assertThat(bot.lastText()).contains("Специализация: посудомойки");
        bot.press(ADMIN, DialogEngine.CONFIRM);
        assertThat(bot.staff.technician(new UserId(300)).orElseThrow().specialization().value())
                .isEqualTo("посудомойки");
    }

    @Test
    void adding_a_technician_again_updates_phone_and_specialization_and_keeps_the_work_group() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "300");
        bot.press(ADMIN, DialogEngine.SKIP);
        bot.send(ADMIN, "+79990000399");
        bot.send(ADMIN, "кофемашины");
        bot.press(ADMIN, DialogEngine.CONFIRM);

        Technician updated = bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow();
        assertThat(updated.phone().e164()).isEqualTo("+79990000399");
        assertThat(updated.workGroup()).contains(new ChatId(TECHNICIAN_GROUP));
    }

    @Test
    void the_technicians_screen_deactivates_and_activates_a_technician() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.command(ADMIN, "staff");
        assertThat(bot.lastText()).contains("Мастера (1):",
                "Сергей П. (id 300) · стиральные машины · +79990000300 · активен · группа "
                + TECHNICIAN_GROUP);

        bot.pressLabel(ADMIN, "Отключить: Сергей П.");
        assertThat(bot.replies().get(0).replacing()).isTrue();
        assertThat(bot.lastText()).contains("отключён");
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().active()).isFalse();

        bot.pressLabel(ADMIN, "Включить: Сергей П.");
        assertThat(bot.lastText()).contains("активен");
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().active()).isTrue();
        assertThat(bot.audit.latest(10)).extracting(AuditEntry::action)
                .containsSubsequence("technician.activate", "technician.deactivate");
    }

    @Test
    void a_dispatcher_sees_the_technicians_without_the_admin_buttons() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.command(DISPATCHER, "menu");
        bot.pressLabel(DISPATCHER, "👷 Мастера");

        assertThat(bot.lastText()).contains("Сергей П. (id 300) · стиральные машины");
        assertThat(bot.optionData()).containsExactly("m:menu");
    }

    @Test
    void the_technicians_screen_says_when_there_are_none() {
        bot.command(ADMIN, "technicians");

        assertThat(bot.lastText()).isEqualTo("Мастера (0):\n" + ru().get("technicians.none"));
    }

    @Test
    void an_inactive_technician_or_one_without_a_group_is_not_offered_for_assignment() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.technician(301, -1001);
        bot.press(ADMIN, "t:301:off");
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "302");
        bot.press(ADMIN, DialogEngine.SKIP);
        bot.send(ADMIN, "+79990000302");
        bot.send(ADMIN, "духовки");
        bot.press(ADMIN, DialogEngine.CONFIRM);
        bot.createRequest(DISPATCHER);

        bot.press(DISPATCHER, "r:1:assign");

        assertThat(bot.optionData()).contains("300").doesNotContain("301", "302");
    }

    @Test
    void assigning_a_technician_who_was_deactivated_meanwhile_is_refused() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:assign");
        bot.press(ADMIN, "t:300:off");

        bot.press(DISPATCHER, "d:300");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.optionData()).doesNotContain("d:300");
        assertThat(bot.request(1).technician()).isEmpty();
    }

    @Test
    void a_technician_id_that_is_not_offered_is_refused_on_assignment() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:1:assign");

        bot.press(DISPATCHER, "d:777");

        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        assertThat(bot.step(DISPATCHER)).contains("AssignTechnician:technician");
        assertThat(bot.request(1).technician()).isEmpty();
    }

    @Test
    void binding_the_group_of_an_unknown_technician_says_it_is_not_found() {
        bot.press(ADMIN, "t:777:bind");
        bot.send(ADMIN, "-100500");
        bot.press(ADMIN, DialogEngine.CONFIRM);

        assertThat(bot.replies().get(0).text()).isEqualTo("Мастер 777 не найден.");
        assertThat(bot.step(ADMIN)).isEmpty();
    }

    @Test
    void activating_an_unknown_technician_says_it_is_not_found() {
        bot.press(ADMIN, "t:777:on");

        assertThat(bot.lastText()).isEqualTo("Мастер 777 не найден.");
    }

    @Test
    void a_dispatcher_may_not_deactivate_a_technician() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        bot.press(DISPATCHER, "t:300:off");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().active()).isTrue();
    }

    @Test
    void a_dispatcher_is_not_walked_through_admin_dialogs() {
        bot.command(DISPATCHER, "addtech");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        bot.command(DISPATCHER, "grant");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
        bot.press(DISPATCHER, "t:300:bind");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));

        assertThat(bot.step(DISPATCHER)).isEmpty();
    }

    @Test
    void an_unknown_technician_button_is_out_of_date() {
        bot.press(ADMIN, "t:300:promote");

        assertThat(bot.lastText()).isEqualTo(ru().get("input.unknown_button"));
    }

    @Test
    void grant_role_gives_the_role_and_lists_the_roles_now_held() {
        bot.command(ADMIN, "menu");
        bot.pressLabel(ADMIN, "Выдать роль");
        assertThat(bot.step(ADMIN)).contains("GrantRole:user");
        bot.send(ADMIN, String.valueOf(NEWCOMER));
        assertThat(bot.step(ADMIN)).contains("GrantRole:role");
        assertThat(bot.optionLabels()).contains("администратор", "диспетчер", "мастер");
        bot.pressLabel(ADMIN, "диспетчер");

        assertThat(bot.lastText()).isEqualTo("Готово. Роли — пользователь 555: диспетчер");
        assertThat(bot.staff.grantedRoles(new UserId(NEWCOMER))).containsExactly(Role.DISPATCHER);
        assertThat(bot.step(ADMIN)).isEmpty();

        bot.command(NEWCOMER, "start");
        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: диспетчер");
    }

    @Test
    void granting_a_role_held_already_changes_nothing() {
        bot.command(ADMIN, "grant");
        bot.send(ADMIN, String.valueOf(DISPATCHER));
        bot.press(ADMIN, "d:DISPATCHER");

        assertThat(bot.lastText()).isEqualTo("Ничего не изменилось. Роли — пользователь 200: диспетчер");
    }

    @Test
    void revoke_role_takes_a_granted_role_away() {
        bot.staff.grant(new UserId(NEWCOMER), Role.DISPATCHER);
        bot.command(ADMIN, "menu");
        bot.pressLabel(ADMIN, "Снять роль");
        bot.send(ADMIN, String.valueOf(NEWCOMER));
        bot.press(ADMIN, "d:DISPATCHER");

        assertThat(bot.lastText()).isEqualTo("Готово. Роли — пользователь 555: —");
        assertThat(bot.staff.grantedRoles(new UserId(NEWCOMER))).isEmpty();

        bot.send(NEWCOMER, "привет");
        assertThat(bot.lastText()).isEqualTo(DialogDriver.ru().get("client.menu.title")); // a client now
    }

    @Test
    void revoking_a_configured_role_says_it_comes_from_the_configuration_not_that_you_have_no_rights() {
        bot.command(ADMIN, "revoke");
        bot.send(ADMIN, String.valueOf(DISPATCHER));
        bot.press(ADMIN, "d:DISPATCHER");

        assertThat(bot.replies().get(0).text()).isEqualTo("Роль «диспетчер» у " + DISPATCHER
                + " задана в настройках (DISPATCHER_IDS), здесь её снять нельзя. Уберите id из DISPATCHER_IDS и "
                + "перезапустите бота.").isNotEqualTo(ru().get("error.not_permitted"));
        assertThat(bot.lastText()).startsWith("Главное меню.");
        assertThat(bot.step(ADMIN)).isEmpty();
    }

    @Test
    void a_role_that_is_not_offered_is_refused_and_the_role_is_asked_again() {
        bot.command(ADMIN, "grant");
        bot.send(ADMIN, String.valueOf(NEWCOMER));

        bot.press(ADMIN, "d:SUPERUSER");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        bot.press(ADMIN, DialogEngine.SKIP);
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));
        bot.send(ADMIN, "диспетчер");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("dialog.use_buttons"));

        assertThat(bot.step(ADMIN)).contains("GrantRole:role");
        assertThat(bot.staff.grantedRoles(new UserId(NEWCOMER))).isEmpty();
    }

    @Test
    void the_audit_log_shows_the_newest_entries_to_an_admin() {
        bot.createRequest(DISPATCHER);
        bot.command(ADMIN, "menu");
        bot.pressLabel(ADMIN, "📜 Журнал действий");

        assertThat(bot.lastText()).startsWith("📜 Журнал действий: записей 1. Страница 1 из 1.")
                .contains("10.03.2026 12:00 · Мария И.: создана заявка #1 (Стиральная машина)");
        assertThat(bot.optionData()).containsExactly("m:menu");
    }

    @Test
    void the_audit_log_is_for_admins_only() {
        bot.command(DISPATCHER, "audit");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.not_permitted"));
    }

    @Test
    void the_admin_menu_offers_everything() {
        bot.command(ADMIN, "start");

        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: администратор");
        assertThat(bot.optionData()).containsExactly("m:new", "l:all:0", "l:NEW:0", "m:staff", "m:reports", "m:find",
                "m:addtech",
                "m:audit", "m:grant", "m:revoke");
    }

    @Test
    void the_dispatcher_menu_has_no_admin_items() {
        bot.command(DISPATCHER, "help");

        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: диспетчер");
        assertThat(bot.optionData()).containsExactly("m:new", "l:all:0", "l:NEW:0", "m:staff",
                "m:reports", "m:find");
    }

    @Test
    void a_person_with_several_roles_sees_them_all() {
        bot.staff.grant(new UserId(DISPATCHER), Role.TECHNICIAN);
        bot.command(DISPATCHER, "menu");

        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: диспетчер, мастер");
        assertThat(bot.optionData()).contains("y:0");
    }

    // ---- regressions: rights ------------------------------------------------------------------------------

    @Test
    void re_adding_an_existing_technician_shows_him_and_asks_before_changing_him() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "300");
        assertThat(bot.lastText()).contains("Мастер 300 уже есть: телефон +79990000300, специализация «стиральные "
                + "машины». Ваши ответы изменят его данные.");
        bot.press(ADMIN, DialogEngine.SKIP);
        bot.send(ADMIN, "+79990000399");
        bot.send(ADMIN, "кофемашины");

        assertThat(bot.lastText()).contains("Изменить мастера 300:", "Телефон: +79990000300 → +79990000399",
                "Специализация: «стиральные машины» → «кофемашины»");
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().phone().e164())
                .isEqualTo("+79990000300"); // nothing changed before the confirmation
        bot.press(ADMIN, DialogEngine.CANCEL);
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().specialization().value())
                .isEqualTo("стиральные машины");
    }

    @Test
    void a_private_chat_id_is_not_taken_as_a_work_group_typed_or_shared() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.press(ADMIN, "t:300:bind");

        bot.send(ADMIN, "123456");
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.chat_id.not_group"));
        bot.sharedChat(ADMIN, 123456);
        assertThat(bot.replies().get(0).text()).isEqualTo(ru().get("error.chat_id.not_group"));

        assertThat(bot.step(ADMIN)).contains("BindWorkGroup:group");
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().workGroup())
                .contains(new ChatId(TECHNICIAN_GROUP));
    }

    @Test
    void binding_a_group_that_is_another_technicians_asks_for_confirmation() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.technician(DialogDriver.OTHER_TECHNICIAN, DialogDriver.OTHER_GROUP);
        bot.press(ADMIN, "t:300:bind");

        bot.sharedChat(ADMIN, DialogDriver.OTHER_GROUP);

        assertThat(bot.step(ADMIN)).contains("BindWorkGroup:confirm");
        assertThat(bot.lastText()).contains("Это уже рабочая группа мастера: Олег.");
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().workGroup())
                .contains(new ChatId(TECHNICIAN_GROUP));
        bot.press(ADMIN, DialogEngine.CONFIRM);
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().workGroup())
                .contains(new ChatId(DialogDriver.OTHER_GROUP));
        assertThat(bot.staff.technician(new UserId(DialogDriver.OTHER_TECHNICIAN)).orElseThrow().workGroup())
                .contains(new ChatId(DialogDriver.OTHER_GROUP));
    }

    @Test
    void deactivating_a_technician_names_his_requests_and_unassigns_them_in_one_step() {
        long working = bot.onSiteRequest();
        long assigned = bot.createRequest(DISPATCHER);
        bot.assign(assigned, TECHNICIAN);

        bot.press(ADMIN, "t:300:off");
        assertThat(bot.lastText()).startsWith("У мастера Сергей П. ещё есть заявки:").contains("#" + working, "#" + assigned);
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().active()).isTrue();
        assertThat(bot.optionLabels()).contains("Отключить и вернуть в «Новые» (1)", "Отключить, заявки оставить за ним");

        bot.pressLabel(ADMIN, "Отключить и вернуть в «Новые» (1)");

        assertThat(bot.replies().get(0).text()).contains("Мастер Сергей П. отключён", "Возвращены в «Новые»: #" + assigned,
                "Остаются за ним:", "#" + working);
        assertThat(bot.staff.technician(new UserId(TECHNICIAN)).orElseThrow().active()).isFalse();
        assertThat(bot.request(assigned).status()).isEqualTo(com.repairbot.domain.request.Status.NEW);
        assertThat(bot.request(working).status()).isEqualTo(com.repairbot.domain.request.Status.ONSITE);

        bot.press(TECHNICIAN, "r:" + working + ":complete");
        assertThat(bot.step(TECHNICIAN)).isEmpty();
        assertThat(bot.request(working).status()).isEqualTo(com.repairbot.domain.request.Status.ONSITE);
    }
}
