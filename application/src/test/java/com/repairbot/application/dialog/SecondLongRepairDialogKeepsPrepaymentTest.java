package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.LongRepairPlan;
import com.repairbot.domain.request.RepairRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Regression: long repair with 1 500 ₽ prepaid and a parts note → on site → long repair again with the
 * prepayment and parts steps skipped erased both (card, store, exports). The second long repair shows what is
 * recorded, keeps it, and every prepayment stays in the history, the report and the export.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecondLongRepairDialogKeepsPrepaymentTest {

    private final DialogDriver bot = new DialogDriver();
    private final long technician = DialogDriver.TECHNICIAN;

    /** On site, in long repair with 1 500 ₽ and "ждём ТЭН", back on site, and into long repair again. */
    private long secondLongRepairStarted() {
        long number = bot.onSiteRequest();
        bot.press(technician, "r:" + number + ":long_repair");
        bot.send(technician, "25.12");
        bot.send(technician, "1500");
        bot.send(technician, "ждём ТЭН");
        bot.press(technician, DialogEngine.CONFIRM);
        bot.press(technician, "r:" + number + ":onsite");
        bot.press(technician, "r:" + number + ":long_repair");
        bot.send(technician, "30.12");
        return number;
    }

    @Test
    void the_second_long_repair_shows_the_recorded_prepayment_and_parts_and_skipping_keeps_them() {
        long number = secondLongRepairStarted();
        assertThat(bot.lastText()).isEqualTo(ru().get("long.prepayment.recorded", ru().money(Money.rubles(1500))));
        bot.press(technician, DialogEngine.SKIP);
        assertThat(bot.lastText()).isEqualTo(ru().get("long.parts.recorded", "ждём ТЭН"));
        bot.press(technician, DialogEngine.SKIP);
        assertThat(bot.lastText()).contains("Готовность: 30.12.2026",
                "Предоплата: " + ru().money(Money.rubles(1500)), "Запчасти: ждём ТЭН");

        bot.press(technician, DialogEngine.CONFIRM);

        RepairRequest stored = bot.request(number);
        LongRepairPlan plan = stored.longRepair().orElseThrow();
        assertThat(plan.prepayment()).contains(Money.rubles(1500));
        assertThat(plan.partsNote()).isEqualTo("ждём ТЭН");
        assertThat(plan.expectedBy()).hasToString("2026-12-30");
        assertThat(bot.lastText()).contains("Предоплата: " + ru().money(Money.rubles(1500)), "Запчасти: ждём ТЭН");
    }

    @Test
    void a_changed_prepayment_replaces_the_recorded_one_and_both_stay_in_the_history() {
        long number = secondLongRepairStarted();
        bot.send(technician, "2000");
        bot.press(technician, DialogEngine.SKIP);
        bot.press(technician, DialogEngine.CONFIRM);

        assertThat(bot.request(number).longRepair().flatMap(LongRepairPlan::prepayment))
                .contains(Money.rubles(2000));
        assertThat(bot.lastText()).contains("предоплата " + ru().money(Money.rubles(1500)) + "; ждём ТЭН",
                "предоплата " + ru().money(Money.rubles(2000)) + "; ждём ТЭН");
    }

    @Test
    void the_report_and_the_export_count_the_prepayment_after_closing() throws IOException {
        long number = secondLongRepairStarted();
        bot.press(technician, DialogEngine.SKIP);
        bot.press(technician, DialogEngine.SKIP);
        bot.press(technician, DialogEngine.CONFIRM);
        bot.complete(number, "5000", "1000");

        bot.command(DISPATCHER, "report", "week");
        assertThat(bot.lastText()).contains("Предоплат получено: 1 на сумму " + ru().money(Money.rubles(1500)));
        bot.pressLabel(DISPATCHER, "⬇ CSV");

        var document = bot.replies().getLast().document().orElseThrow();
        List<String> lines = Files.readAllLines(document.file());
        assertThat(lines.get(0)).contains("|Визит|Предоплата|Сумма|");
        assertThat(lines.get(1)).contains("|150000k|500000k|100000k|");
        assertThat(lines.get(lines.size() - 2)).startsWith("Итого|1|").contains("|150000k|500000k|");
        Files.delete(document.file());
    }
}
