package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.STRANGER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.text.Messages;
import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.request.Status;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finding requests (issue 15): by number, by phone in any accepted form, by the beginning of a word of the
 * client's name or address; from {@code /find <text>} and from the menu's button; a paged list with each
 * request's status; the office reads the client in full, a technician finds only their own requests.
 */
class FindRequestsTest {

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_dispatcher_finds_a_request_by_part_of_the_clients_name_and_reads_the_client_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = bot.createRequest(DISPATCHER);

        bot.speaking(language).command(DISPATCHER, "find", "иван");

        assertThat(bot.lastText()).contains(m.get("search.title", "иван", 1, 1, 1))
                .contains(DialogDriver.listLine(m, number, Status.NEW, PHONE))
                .doesNotContain(Masking.name(NAME), Masking.phone(PHONE), Masking.address(ADDRESS));
        assertThat(bot.optionData()).contains("r:" + number + ":card");
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_phone_in_another_accepted_form_and_a_word_of_the_address_find_the_request(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = bot.createRequest(DISPATCHER);

        bot.speaking(language).command(ADMIN, "find", "8 (999) 123-45-67");
        assertThat(bot.lastText()).contains(m.get("search.title", "8 (999) 123-45-67", 1, 1, 1))
                .contains(DialogDriver.listLine(m, number, Status.NEW, PHONE));

        bot.command(ADMIN, "find", "ЛЕНИНА");
        assertThat(bot.lastText()).contains(DialogDriver.listLine(m, number, Status.NEW, PHONE));

        bot.command(ADMIN, "find", "#" + number);
        assertThat(bot.lastText()).contains(DialogDriver.listLine(m, number, Status.NEW, PHONE));
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_menus_button_asks_what_to_look_for_and_shows_what_was_found(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = bot.createRequest(DISPATCHER);

        bot.speaking(language).command(DISPATCHER, "menu");
        bot.pressLabel(DISPATCHER, m.get("menu.find"));
        assertThat(bot.lastText()).isEqualTo(m.get("search.prompt"));

        bot.send(DISPATCHER, "?!");
        assertThat(bot.allText()).contains(m.get("error.search.empty"));
        assertThat(bot.step(DISPATCHER)).isPresent();

        bot.send(DISPATCHER, "Иванов Ленина");
        assertThat(bot.lastText()).contains(m.get("search.title", "Иванов Ленина", 1, 1, 1))
                .contains(DialogDriver.listLine(m, number, Status.NEW, PHONE));
        assertThat(bot.step(DISPATCHER)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void nothing_found_says_so_and_offers_another_search(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.createRequest(DISPATCHER);

        bot.speaking(language).command(DISPATCHER, "find", "Петров");

        assertThat(bot.lastText()).isEqualTo(m.get("search.none", "Петров"));
        assertThat(bot.optionLabels()).contains(m.get("search.again"));
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void many_results_come_in_pages_and_the_page_buttons_keep_the_search(Locale language) {
        Messages m = Messages.forLanguage(language);
        for (int i = 0; i < 12; i++) {
            bot.createRequest(DISPATCHER);
        }

        bot.speaking(language).command(DISPATCHER, "find", "иванов");
        assertThat(bot.lastText()).contains(m.get("search.title", "иванов", 12, 1, 2));
        assertThat(bot.optionData()).contains("s:1:иванов").contains("r:12:card").doesNotContain("r:2:card");

        bot.press(DISPATCHER, "s:1:иванов");
        assertThat(bot.lastText()).contains(m.get("search.title", "иванов", 12, 2, 2));
        assertThat(bot.optionData()).contains("s:0:иванов", "r:2:card", "r:1:card").doesNotContain("r:12:card");
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_technician_finds_only_their_own_requests_and_the_phone_only_from_on_site(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long other = bot.createRequest(DISPATCHER);
        long own = bot.createRequest(DISPATCHER);
        bot.assign(own, TECHNICIAN);

        bot.speaking(language).command(TECHNICIAN, "find", "иванов");

        assertThat(bot.lastText()).contains(m.get("search.title", "иванов", 1, 1, 1))
                .contains(DialogDriver.listLine(m, own, Status.ASSIGNED, m.get("list.phone_hidden")))
                .doesNotContain(PHONE);
        assertThat(bot.optionData()).contains("r:" + own + ":card").doesNotContain("r:" + other + ":card");

        bot.command(TECHNICIAN, "find", Long.toString(other));
        assertThat(bot.lastText()).isEqualTo(m.get("search.none", Long.toString(other)));
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_text_too_long_to_look_for_is_refused_with_the_limit(Locale language) {
        Messages m = Messages.forLanguage(language);

        bot.speaking(language).command(DISPATCHER, "find", "а".repeat(61));

        assertThat(bot.lastText()).contains(m.get("error.search.too_long", 60));
    }

    @Test
    void someone_who_is_not_staff_finds_nothing() {
        bot.createRequest(DISPATCHER);

        bot.command(STRANGER, "find", "иванов");

        assertThat(bot.allText()).doesNotContain(NAME, PHONE, ADDRESS);
    }
}
