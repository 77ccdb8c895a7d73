package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADDRESS;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.NAME;
import static com.repairbot.application.dialog.DialogDriver.PHONE;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.text.Messages;
import com.repairbot.domain.request.Status;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Showing the office the client in full must not hand the technician the phone early: in "my requests" and on the
 * card the technician reads the client's phone only from on site on (the named rule {@code PhoneVisibility}), in
 * either language; the name and address are theirs to read throughout.
 */
class TechnicianSeesClientPhoneOnlyFromOnSiteTest {

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void before_on_site_the_technicians_list_and_card_hide_the_phone(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        long number = bot.createRequest(DISPATCHER);
        bot.assign(number, TECHNICIAN);

        bot.speaking(language).command(TECHNICIAN, "mine");
        assertThat(bot.lastText()).contains(DialogDriver.listLine(m, number, Status.ASSIGNED, m.get("list.phone_hidden")))
                .doesNotContain(PHONE);

        bot.press(TECHNICIAN, "r:" + number + ":accept");
        bot.command(TECHNICIAN, "mine");
        assertThat(bot.lastText()).contains(DialogDriver.listLine(m, number, Status.ACCEPTED, m.get("list.phone_hidden")))
                .doesNotContain(PHONE);

        bot.command(TECHNICIAN, "card", Long.toString(number));
        assertThat(bot.lastText()).contains(m.get("card.client", NAME), m.get("card.address", ADDRESS),
                m.get("card.phone_hidden")).doesNotContain(PHONE);
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void from_on_site_on_the_technicians_list_and_card_show_the_phone(Locale language) {
        Messages m = Messages.forLanguage(language);
        long number = bot.onSiteRequest();

        bot.speaking(language).command(TECHNICIAN, "mine");
        assertThat(bot.lastText()).contains(DialogDriver.listLine(m, number, Status.ONSITE, PHONE));

        bot.command(TECHNICIAN, "card", Long.toString(number));
        assertThat(bot.lastText()).contains(m.get("card.phone", PHONE)).doesNotContain(m.get("card.phone_hidden"));
    }
}
