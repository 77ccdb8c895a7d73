package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.text.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defect: the technicians screen showed a dispatcher a technician's phone masked ({@code +7******0300}), though
 * the dispatcher is the one who calls technicians about their requests. The office reads it in full (ADR 0028,
 * {@code Technician.phoneVisibleTo}; another technician reads it masked: {@code RulesWithNamesTest}).
 */
class DispatcherSeesTechnicianPhoneInFullTest {

    private static final String PHONE = "+79990000300"; // what DialogDriver.technician stores for 300

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_dispatcher_reads_the_technicians_phone_in_full(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        bot.speaking(language).command(DISPATCHER, "staff");

        assertThat(bot.lastText()).contains(AdminSeesTechnicianPhoneInFullTest.line(m, PHONE))
                .doesNotContain("+7******0300");
    }
}
