package com.repairbot.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.testing.Requests;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.Status;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Regression: a CLOSED card still said "long repair until …". The date shows only while the repair is under
 * way; the prepayment and the parts stay on the card.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ClosedCardShowsNoLongRepairDateTest {

    private static final LongRepairPlan PLAN =
            new LongRepairPlan(LocalDate.of(2026, 12, 25), Optional.of(Money.rubles(1500)), "ждём ТЭН");

    private final Messages ru = Messages.forLanguage(Messages.RUSSIAN);
    private final Cards cards = new Cards(ru, ZoneId.of("Europe/Moscow"));

    private RepairRequest in(Status status) {
        Requests.Builder builder = Requests.request(1).status(status).longRepair(PLAN);
        return (status == Status.CLOSED ? builder.completion(Requests.completion()) : builder).build();
    }

    @Test
    void a_request_in_long_repair_shows_the_date() {
        assertThat(cards.summary(in(Status.LONG_REPAIR), true)).contains("Долгий ремонт до: 25.12.2026");
    }

    @ParameterizedTest
    @EnumSource(value = Status.class, names = {"ONSITE", "CLOSED"})
    void a_request_that_left_long_repair_shows_no_date_but_keeps_the_prepayment_and_the_parts(Status status) {
        String card = cards.summary(in(status), true);

        assertThat(card).doesNotContain("Долгий ремонт до")
                .contains("Предоплата: " + ru.money(Money.rubles(1500)), "Запчасти: ждём ТЭН");
    }
}
