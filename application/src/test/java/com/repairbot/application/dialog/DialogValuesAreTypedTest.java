package com.repairbot.application.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.UserId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A step's answer is a typed value kept through one codec per type; the stored forms are the ones dialogs in progress
 * already hold, and internal values are apart from answers.
 */
class DialogValuesAreTypedTest {

    @Test
    void the_codecs_write_the_forms_stored_before_and_read_them_back() {
        assertThat(Codec.MONEY.write(Money.rubles(1500))).isEqualTo("150000");
        assertThat(Codec.MONEY.read("150000")).isEqualTo(Money.rubles(1500));
        assertThat(Codec.DATE.write(LocalDate.of(2026, 12, 25))).isEqualTo("2026-12-25");
        assertThat(Codec.YES_NO.write(true)).isEqualTo("yes");
        assertThat(Codec.YES_NO.read("no")).isFalse();
        assertThat(Codec.USER.read("300")).isEqualTo(new UserId(300));
        assertThat(Codec.REQUEST.write(new RequestNumber(17))).isEqualTo("17");
        assertThat(Codec.PHONE.write(PhoneNumber.parse("8 (999) 123-45-67"))).isEqualTo("+79991234567");
        assertThat(Codec.PHONE.read("+79991234567")).isEqualTo(PhoneNumber.parse("+7 999 123 45 67"));
    }

    @Test
    void internal_values_are_apart_from_answers() {
        assertThat(RequestFlows.ABOUT.internal()).isTrue();
        assertThat(MoveFlows.REASON.internal()).isFalse();
        assertThatThrownBy(() -> Key.answer("_request", Codec.TEXT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Key.internal("request", Codec.TEXT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Step.typing(RequestFlows.ABOUT, ctx -> "?", RequestNumber::parse))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_completion_walked_through_the_dialog_stores_typed_answers_and_closes_with_them() {
        DialogDriver bot = new DialogDriver();
        long number = bot.onSiteRequest();

        bot.press(DialogDriver.TECHNICIAN, "r:" + number + ":complete");
        bot.send(DialogDriver.TECHNICIAN, "12 000");
        bot.send(DialogDriver.TECHNICIAN, "2000");
        assertThat(bot.conversation(DialogDriver.TECHNICIAN).orElseThrow().data())
                .containsEntry("total", "1200000").containsEntry("materials", "200000")
                .containsEntry(RequestFlows.REQUEST, Long.toString(number));
        bot.press(DialogDriver.TECHNICIAN, "d:yes");
        bot.press(DialogDriver.TECHNICIAN, "d:no");
        bot.press(DialogDriver.TECHNICIAN, DialogEngine.CONFIRM);

        var completion = bot.request(number).completion().orElseThrow();
        assertThat(completion.total()).isEqualTo(Money.rubles(12_000));
        assertThat(completion.materials()).isEqualTo(Money.rubles(2_000));
        assertThat(completion.reviewTaken()).isTrue();
        assertThat(completion.outOfCity()).isFalse();
    }
}
