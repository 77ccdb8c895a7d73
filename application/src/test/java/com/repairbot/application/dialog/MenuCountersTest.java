package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
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
 * Issue 15, counters on menu buttons: the office's "new" button counts the requests in NEW, a technician's "my
 * requests" counts his active ones (assigned and not yet closed or refused).
 */
class MenuCountersTest {

    private final DialogDriver bot = new DialogDriver();

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_new_button_counts_the_new_requests_and_my_requests_the_active_ones(Locale language) {
        Messages m = Messages.forLanguage(language);
        bot.speaking(language);
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.command(DISPATCHER, "menu");
        assertThat(bot.optionLabels()).contains(m.get("menu.new_requests", 0));

        long first = bot.createRequest(DISPATCHER);
        long second = bot.createRequest(DISPATCHER);
        bot.command(ADMIN, "menu");
        assertThat(bot.optionLabels()).contains(m.get("menu.new_requests", 2));

        bot.assign(first, TECHNICIAN);
        bot.assign(second, TECHNICIAN);
        bot.command(DISPATCHER, "menu");
        assertThat(bot.optionLabels()).contains(m.get("menu.new_requests", 0));
        bot.command(TECHNICIAN, "menu");
        assertThat(bot.optionLabels()).contains(m.get("menu.mine", 2));

        bot.press(TECHNICIAN, "r:" + first + ":accept");
        bot.press(TECHNICIAN, "r:" + first + ":onsite");
        bot.complete(first, "5000", "1000");
        bot.command(TECHNICIAN, "menu");
        assertThat(bot.optionLabels()).contains(m.get("menu.mine", 1));
    }
}
