package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Inbound;
import com.repairbot.application.conversation.Input;
import com.repairbot.application.conversation.Profile;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, "people by name": cards, history lines, the technician picker, the staff screen and notifications
 * name people (as Telegram shows them, or as the office named a technician), never by a bare id.
 */
class PeopleByNameTest {

    private static final long NEWCOMER = 400;

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_card_history_and_the_notifications_name_who_did_what(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.speaking(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);

        bot.press(DISPATCHER, "r:" + number + ":assign");
        assertThat(bot.optionLabels()).contains(m.get("assign.option", "Сергей П.", "стиральные машины"));
        bot.press(DISPATCHER, "d:" + TECHNICIAN);
        assertThat(bot.notified(TECHNICIAN_GROUP)).startsWith(m.get("notify.REQUEST_ASSIGNED", number, "Сергей П."))
                .contains(m.get("card.technician", "Сергей П."));
        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new Input.Choice("r:" + number + ":accept"));

        assertThat(bot.notified(DISPATCHER)).startsWith(m.get("notify.STATUS_CHANGED.by", number,
                m.status(com.repairbot.domain.request.Status.ACCEPTED), "Сергей П."));
        bot.command(DISPATCHER, "card", Long.toString(number));
        assertThat(bot.lastText()).contains(m.get("card.technician", "Сергей П."))
                .contains(" · Мария И. — " + m.get("history.technician", "Сергей П."))
                .doesNotContain(" · " + DISPATCHER, " · " + TECHNICIAN);
    }

    @Test
    void a_rename_in_telegram_is_seen_from_the_next_message() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);

        bot.engine.handle(new Inbound(new ChatId(TECHNICIAN), new UserId(TECHNICIAN), Messages.RUSSIAN,
                new Input.Command("start", "")).from(new Profile("Серёжа", "Петров-Водкин", "")));
        bot.command(ADMIN, "staff");

        assertThat(bot.lastText()).contains("Серёжа П. (id 300)");
        bot.command(DISPATCHER, "card", Long.toString(number));
        assertThat(bot.lastText()).contains("Мастер: Серёжа П.");
    }

    @Test
    void the_add_technician_dialog_offers_the_name_telegram_shows_and_the_office_may_give_another() {
        // the newcomer wrote to the bot before being added (to learn his id, say): the bot knows his name
        bot.engine.handle(new Inbound(new ChatId(NEWCOMER), new UserId(NEWCOMER), Messages.RUSSIAN,
                new Input.Command("start", "")).from(new Profile("Пётр", "Сидоров", "petr")));

        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, Long.toString(NEWCOMER));
        assertThat(bot.lastText()).contains("В Telegram: «Пётр С.»");
        bot.pressLabel(ADMIN, "Пётр С.");
        bot.send(ADMIN, "+79990000400");
        bot.send(ADMIN, "холодильники");
        assertThat(bot.lastText()).contains("Имя: Пётр С.");
        bot.press(ADMIN, DialogEngine.CONFIRM);
        assertThat(bot.replies().get(0).text()).startsWith("Мастер Пётр С. добавлен.");

        // added again with a name of the office's: it wins over Telegram's, and a later rename in Telegram
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, Long.toString(NEWCOMER));
        bot.send(ADMIN, "Пётр Сидоров (холодильщик)");
        bot.send(ADMIN, "+79990000400");
        bot.send(ADMIN, "холодильники");
        assertThat(bot.lastText()).contains("Имя: Пётр Сидоров (холодильщик)");
        bot.press(ADMIN, DialogEngine.CONFIRM);
        bot.engine.handle(new Inbound(new ChatId(NEWCOMER), new UserId(NEWCOMER), Messages.RUSSIAN,
                new Input.Command("start", "")).from(new Profile("Петя", "", "")));

        bot.command(ADMIN, "staff");
        assertThat(bot.lastText()).contains("Пётр Сидоров (холодильщик) (id 400)");
    }

    /** Telegram refuses a button whose data passes 64 bytes: a 64-letter Cyrillic name is 128. */
    @Test
    void the_button_that_takes_a_long_telegram_name_carries_a_word_not_the_name() {
        String longName = "Ж".repeat(64);
        bot.engine.handle(new Inbound(new ChatId(NEWCOMER), new UserId(NEWCOMER), Messages.RUSSIAN,
                new Input.Command("start", "")).from(new Profile(longName, "", "")));
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, Long.toString(NEWCOMER));

        assertThat(bot.optionData()).allSatisfy(data ->
                assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
        bot.pressLabel(ADMIN, longName);
        bot.send(ADMIN, "+79990000400");
        bot.send(ADMIN, "холодильники");
        assertThat(bot.lastText()).contains("Имя: " + longName);
    }

    @Test
    void a_name_too_short_is_refused_and_asked_again() {
        bot.command(ADMIN, "addtech");
        bot.send(ADMIN, "300");
        bot.send(ADMIN, "Я");

        assertThat(bot.replies().get(0).text()).isEqualTo("Имя мастера — от 2 до 64 символов.");
        assertThat(bot.step(ADMIN)).contains("AddTechnician:name");
    }
}
