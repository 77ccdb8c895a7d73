package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.text.Messages;
import com.repairbot.domain.privacy.Masking;
import com.repairbot.domain.request.Status;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defect: request lists showed dispatchers and admins the client's name masked ({@code И***в И***}), the way
 * logs print it. Masking is for logs: the office reads the client's name, phone and address in full in every list
 * and card, in either language, while the records themselves still print masked.
 */
class DispatcherSeesClientInFullInListsTest {

    private final DialogDriver bot = new DialogDriver();

    private static String line(Messages m, long number, Status status) {
        return DialogDriver.listLine(m, number, status, PHONE);
    }

    private static String[] masked() {
        return new String[] {Masking.name(NAME), Masking.phone(PHONE), Masking.address(ADDRESS)};
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_dispatchers_list_shows_the_clients_name_phone_and_address_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = bot.createRequest(DISPATCHER);

        bot.speaking(language).command(DISPATCHER, "list");

        assertThat(bot.lastText()).contains(line(m, number, Status.NEW)).doesNotContain(masked());

        bot.press(DISPATCHER, "l:NEW:0");
        assertThat(bot.lastText()).contains(line(m, number, Status.NEW)).doesNotContain(masked());
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_admins_list_and_a_request_being_worked_show_the_client_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN); // the technician may not read the phone yet; the office still may

        bot.speaking(language).command(ADMIN, "list");

        assertThat(bot.lastText()).contains(line(m, number, Status.ASSIGNED)).doesNotContain(masked());
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_office_card_shows_the_client_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);

        for (long reader : new long[] {DISPATCHER, ADMIN}) {
            bot.speaking(language).command(reader, "card", Long.toString(number));

            assertThat(bot.lastText()).contains(m.get("card.client", NAME), m.get("card.phone", PHONE),
                    m.get("card.address", ADDRESS)).doesNotContain(masked())
                    .doesNotContain(m.get("card.phone_hidden"));
        }
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_admins_deactivation_screen_names_the_requests_with_the_client_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);

        bot.speaking(language).press(ADMIN, "t:" + TECHNICIAN + ":off");

        assertThat(bot.lastText()).contains(line(m, number, Status.ASSIGNED)).doesNotContain(masked());
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_stored_request_still_prints_masked_for_logs(Locale language) {
        long number = bot.createRequest(DISPATCHER);
        bot.speaking(language).command(DISPATCHER, "list");

        assertThat(bot.request(number).toString()).contains(masked()).doesNotContain(NAME, PHONE, ADDRESS);
        assertThat(bot.request(number).client().toString()).doesNotContain(NAME, PHONE, ADDRESS);
    }
}
