package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.UserId;
import com.repairbot.application.text.Names;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Status;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: the audit log a person can read — in words, not codes like {@code request.edit.address}; an edit's
 * old and new values and the text of notes; filtered by request or by person; paged.
 */
class ReadableAuditLogTest {

    private static final String NEW_ADDRESS = "г. Москва, ул. Мира, д. 7, кв. 3";
    private static final String NOTE = "Код домофона 45";

    private final DialogDriver bot = new DialogDriver();

    private long requestWithAnEditAndANote() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.press(DISPATCHER, "r:" + number + ":edit");
        bot.press(DISPATCHER, "d:address");
        bot.send(DISPATCHER, NEW_ADDRESS);
        bot.press(DISPATCHER, "r:" + number + ":notes");
        bot.send(DISPATCHER, NOTE);
        bot.assign(number, TECHNICIAN);
        return number;
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void one_requests_log_says_in_words_what_happened_with_the_old_and_new_values(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = requestWithAnEditAndANote();

        bot.speaking(language).command(ADMIN, "audit", Long.toString(number));

        String who = names(m).of(new UserId(DISPATCHER)); // people by name, as every screen shows them
        assertThat(bot.lastText())
                .startsWith(m.get("audit.title.request", number, 4))
                .contains(who + ": " + m.get("audit.request.create", number,
                        m.equipment(new EquipmentType("washing_machine"))))
                .contains(who + ": " + m.get("audit.request.edit", number, m.get("field.address"), ADDRESS,
                        NEW_ADDRESS))
                .contains(who + ": " + m.get("audit.request.edit", number, m.get("field.notes"), m.get("audit.nothing"),
                        NOTE))
                .contains(who + ": " + m.get("audit.request.move", number, m.status(Status.NEW),
                        m.status(Status.ASSIGNED), m.get("action.assign")))
                .doesNotContain("request.edit.address", "request.create", "NEW->ASSIGNED");
        assertThat(bot.optionData()).contains("r:" + number + ":card", "g:all:0");
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void one_persons_log_holds_only_what_they_did(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = requestWithAnEditAndANote();
        bot.press(TECHNICIAN, "r:" + number + ":accept");

        bot.speaking(language).command(ADMIN, "audit", "u" + TECHNICIAN);

        assertThat(bot.lastText()).startsWith(m.get("audit.title.person", names(m).withId(new UserId(TECHNICIAN)), 1))
                .contains(m.get("audit.request.move", number, m.status(Status.ASSIGNED), m.status(Status.ACCEPTED),
                        m.get("action.accept")))
                .doesNotContain(names(m).of(new UserId(DISPATCHER)) + ":");
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_whole_log_comes_in_pages_newest_first(Locale language) {
        Messages m = Messages.forLanguage(language);
        for (int i = 0; i < 4; i++) {
            requestWithAnEditAndANote(); // 4 entries each, 16 in all
        }

        bot.speaking(language).command(ADMIN, "audit");
        assertThat(bot.lastText()).startsWith(m.get("audit.title.all", 16) + " " + m.get("audit.page", 1, 2))
                .contains(m.get("audit.request.move", 4, m.status(Status.NEW), m.status(Status.ASSIGNED),
                        m.get("action.assign")));
        assertThat(bot.optionData()).contains("g:all:1").doesNotContain("g:all:0");

        bot.press(ADMIN, "g:all:1");
        assertThat(bot.lastText()).startsWith(m.get("audit.title.all", 16) + " " + m.get("audit.page", 2, 2))
                .contains(m.get("audit.request.create", 1, m.equipment(new EquipmentType("washing_machine"))));
        assertThat(bot.optionData()).contains("g:all:0");
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_filter_that_names_nothing_is_explained_and_a_dispatcher_may_not_read_the_log(Locale language) {
        Messages m = Messages.forLanguage(language);

        bot.speaking(language).command(ADMIN, "audit", "вчера");
        assertThat(bot.allText()).contains(m.get("error.audit.filter_invalid"));

        bot.command(DISPATCHER, "audit");
        assertThat(bot.allText()).contains(m.get("error.not_permitted"));
    }

    private Names names(Messages m) {
        return new Names(bot.useCases.people()::person, m);
    }
}
