package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Russian for everyone, English for those whose channel says they use English. */
class LanguageTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void an_english_speaker_gets_english_texts() {
        bot.speaking(Locale.ENGLISH).command(DISPATCHER, "menu");

        assertThat(bot.lastText()).isEqualTo("Main menu. Your roles: dispatcher");
        assertThat(bot.optionLabels()).contains("➕ New request", "📋 All requests");
    }

    @Test
    void english_is_recognised_by_its_language_whatever_the_country() {
        bot.speaking(Locale.forLanguageTag("en-GB")).command(DISPATCHER, "new");

        assertThat(bot.lastText()).isEqualTo("New request. Step 1 of 8: choose the appliance.");
        assertThat(bot.optionLabels()).contains("Washing machine", "✖ Cancel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "de", "uk", "fr-CA", "und"})
    void everyone_else_gets_russian(String tag) {
        bot.speaking(Locale.forLanguageTag(tag)).command(DISPATCHER, "menu");

        assertThat(bot.lastText()).isEqualTo("Главное меню. Ваши роли: диспетчер");
    }

    @Test
    void an_english_dialog_explains_refusals_in_english() {
        bot.speaking(Locale.ENGLISH).command(DISPATCHER, "new");
        bot.send(DISPATCHER, "Dishwasher");
        bot.send(DISPATCHER, "+79991234567");
        bot.send(DISPATCHER, "too short");

        assertThat(bot.replies().get(0).text()).isEqualTo("The description must be 10 to 500 characters long.");
        assertThat(bot.lastText()).isEqualTo("Step 3 of 8: describe the problem (10 to 500 characters).");
    }

    @Test
    void an_english_summary_shows_money_the_english_way() {
        long number = bot.onSiteRequest();
        bot.speaking(Locale.ENGLISH).press(DialogDriver.TECHNICIAN, "r:" + number + ":complete");
        bot.send(DialogDriver.TECHNICIAN, "10000");
        bot.send(DialogDriver.TECHNICIAN, "2000.50");
        bot.press(DialogDriver.TECHNICIAN, "d:yes");
        bot.press(DialogDriver.TECHNICIAN, "d:no");

        assertThat(bot.lastText()).contains("Request #1 - closing:",
                "Total: 10,000 RUB, materials: 2,000.50 RUB, review: Yes, out of city: No",
                "Net: 7,999.50 RUB; technician 60 %: 4,799.70 RUB; company: 3,199.80 RUB");
    }

    @Test
    void the_for_staff_answer_is_in_english_for_english_speakers() {
        DialogDriver staffOnly = DialogDriver.clientsOff(
                ApplicationSettings.defaults(Set.of(new UserId(ADMIN)), Set.of(new UserId(DISPATCHER))));
        staffOnly.speaking(Locale.ENGLISH).send(STRANGER, "hello");

        assertThat(staffOnly.lastText()).isEqualTo(
                "This bot is for the service staff. To request a repair, please contact us: call our service centre");
    }
}
