package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.text.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defect: the technicians screen showed an admin a technician's phone masked ({@code +7******0300}), the way
 * logs print it. An admin reads it in full (the named rule {@code Technician.phoneVisibleTo}), in either language;
 * a dispatcher does too since ADR 0028 ({@link DispatcherSeesTechnicianPhoneInFullTest}).
 */
class AdminSeesTechnicianPhoneInFullTest {

    private static final String PHONE = "+79990000300"; // what DialogDriver.technician stores for 300

    private final DialogDriver bot = new DialogDriver();

    static String line(Messages m, String phone) {
        return m.get("technicians.line", m.get("person.with_id", "Сергей П.", TECHNICIAN), "стиральные машины", phone,
                m.get("technicians.active"), m.get("technicians.group", TECHNICIAN_GROUP));
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void an_admin_reads_the_technicians_phone_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        bot.speaking(language).command(ADMIN, "staff");

        assertThat(bot.lastText()).contains(m.get("technicians.title", 1), line(m, PHONE))
                .doesNotContain("+7******0300");
    }
}
