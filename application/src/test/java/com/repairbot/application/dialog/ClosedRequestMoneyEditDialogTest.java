package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The edit menu of a CLOSED request offers the money to an admin, and to nobody else. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClosedRequestMoneyEditDialogTest {

    private static final String[] MONEY = {"Сумма", "Материалы", "Отзыв", "Выезд за город"};

    private final DialogDriver bot = new DialogDriver();

    /** Closed with 5 000 ₽, materials 1 000 ₽, no review, in town. */
    private long closed() {
        long number = bot.onSiteRequest();
        bot.complete(number, "5000", "1000");
        return number;
    }

    @Test
    void an_admin_corrects_the_total_of_a_closed_request_and_the_card_shows_the_new_split_and_the_change() {
        long number = closed();
        bot.press(ADMIN, "r:" + number + ":edit");
        assertThat(bot.optionLabels()).contains(MONEY);

        bot.pressLabel(ADMIN, "Сумма");
        bot.send(ADMIN, "9 000");

        Completion money = bot.request(number).completion().orElseThrow();
        assertThat(money.total()).isEqualTo(Money.rubles(9000));
        assertThat(money.split().technicianShare()).isEqualTo(Money.rubles(4000));
        assertThat(bot.lastText()).contains("мастеру 50 %: " + ru().money(Money.rubles(4000)),
                "изменено поле «Сумма»: " + ru().money(Money.rubles(5000)) + " → " + ru().money(Money.rubles(9000)));
    }

    @Test
    void an_admin_marks_a_review_taken_with_a_button() {
        long number = closed();
        bot.press(ADMIN, "r:" + number + ":edit");
        bot.pressLabel(ADMIN, "Отзыв");
        assertThat(bot.optionLabels()).contains("Да", "Нет");

        bot.pressLabel(ADMIN, "Да");

        assertThat(bot.request(number).completion().orElseThrow().reviewTaken()).isTrue();
        assertThat(bot.lastText()).contains("изменено поле «Отзыв»: Нет → Да");
    }

    @Test
    void the_edit_menu_of_a_request_not_yet_closed_offers_no_money() {
        long number = bot.onSiteRequest();
        bot.press(ADMIN, "r:" + number + ":edit");
        assertThat(bot.optionLabels()).contains("Адрес").doesNotContain(MONEY);

        bot.press(DISPATCHER, "r:" + number + ":edit");
        assertThat(bot.optionLabels()).contains("Адрес").doesNotContain(MONEY);
    }

    @Test
    void a_dispatcher_cannot_reach_the_money_of_a_closed_request_even_by_sending_the_choice() {
        long number = closed();
        bot.press(DISPATCHER, "r:" + number + ":edit");
        bot.press(DISPATCHER, "d:total");

        assertThat(bot.step(DISPATCHER)).isNotEqualTo(java.util.Optional.of("EditField:value"));
        assertThat(bot.request(number).completion().orElseThrow().total()).isEqualTo(Money.rubles(5000));
    }
}
