package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN_GROUP;
import static com.repairbot.application.dialog.DialogDriver.en;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, "everyone in their own language": the language a person reads is kept (their channel's, or the one
 * they chose with {@code /lang}), and what the bot says unasked — notifications, the card in a technician's work
 * group — reaches each person in it, not always in Russian.
 */
class EveryoneInTheirOwnLanguageTest {

    private final DialogDriver bot = new DialogDriver();

    @Test
    void a_person_who_chose_english_is_answered_in_english_whatever_their_channel_says() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);

        bot.command(TECHNICIAN, "lang", "en");
        assertThat(bot.lastText()).isEqualTo(en().get("language.chosen"));

        bot.command(TECHNICIAN, "start"); // the channel still says Russian
        assertThat(bot.lastText()).startsWith("Main menu");
        assertThat(bot.staff.person(new UserId(TECHNICIAN)).orElseThrow().language()).contains(Locale.ENGLISH);

        bot.command(TECHNICIAN, "lang", "ru");
        assertThat(bot.lastText()).isEqualTo(ru().get("language.chosen"));
        bot.command(TECHNICIAN, "start");
        assertThat(bot.lastText()).startsWith("Главное меню");
    }

    @Test
    void a_language_the_product_has_no_texts_in_is_named_and_nothing_changes() {
        bot.command(DISPATCHER, "lang", "de");
        assertThat(bot.lastText()).isEqualTo(ru().get("error.language.unsupported", "de"));
        bot.command(DISPATCHER, "lang");
        assertThat(bot.lastText()).isEqualTo(ru().get("language.choose"));

        assertThat(bot.staff.person(new UserId(DISPATCHER)).orElseThrow().languageChosen()).isFalse();
    }

    @Test
    void notifications_and_the_work_group_card_reach_each_person_in_their_language() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.command(TECHNICIAN, "lang", "en");
        long number = bot.createRequest(DISPATCHER); // the dispatcher reads Russian

        bot.assign(number, TECHNICIAN);
        assertThat(bot.notified(TECHNICIAN)).startsWith(en().get("notify.ASSIGNED_TO_YOU", number));
        assertThat(bot.notified(TECHNICIAN_GROUP))
                .startsWith(en().get("notify.REQUEST_ASSIGNED", number, "Сергей П."));

        bot.inputIn(TECHNICIAN_GROUP, TECHNICIAN, new com.repairbot.application.conversation.Input.Choice(
                "r:" + number + ":accept"));
        assertThat(bot.notified(DISPATCHER)).startsWith(ru().get("notify.STATUS_CHANGED.by", number,
                ru().status(com.repairbot.domain.request.Status.ACCEPTED), "Сергей П."));
    }

    @Test
    void a_person_whose_channel_speaks_english_reads_notifications_in_english_without_choosing() {
        bot.technician(TECHNICIAN, TECHNICIAN_GROUP);
        bot.speaking(Locale.ENGLISH).command(TECHNICIAN, "start");
        long number = bot.speaking(Locale.forLanguageTag("ru")).createRequest(DISPATCHER);

        bot.assign(number, TECHNICIAN);

        assertThat(bot.notified(TECHNICIAN)).startsWith(en().get("notify.ASSIGNED_TO_YOU", number));
    }
}
