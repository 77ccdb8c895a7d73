package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.OTHER_TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.ru;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Document;
import com.repairbot.application.conversation.Outbound;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportDialogsTest {

    private final DialogDriver bot = new DialogDriver();

    /** Two requests today: one closed by {@link DialogDriver#TECHNICIAN} for 10\u00a0000 ₽, one assigned to another. */
    private long closedAndAssigned() {
        long closed = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + closed + ":complete");
        bot.send(TECHNICIAN, "10000");
        bot.send(TECHNICIAN, "2000");
        bot.press(TECHNICIAN, "d:yes");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);
        long assigned = bot.createRequest(DISPATCHER);
        bot.assign(assigned, OTHER_TECHNICIAN);
        return closed;
    }

    @Test
    void a_dispatcher_finds_reports_in_the_menu_and_sees_todays_figures() {
        closedAndAssigned();
        bot.command(DISPATCHER, "menu");
        bot.pressLabel(DISPATCHER, "📊 Отчёты");
        assertThat(bot.lastText()).isEqualTo(ru().get("report.menu"));

        bot.pressLabel(DISPATCHER, "Сегодня");

        assertThat(bot.lastText()).startsWith("📊 Отчёт за сегодня, 10.03.2026")
                .contains("Заявок принято: 2", "Закрыта — 1", "Назначена — 1", "Стиральная машина — 2",
                        "Сергей П.: заявок 1, закрыто 1, выручка 10\u00a0000 ₽, доля мастера 4\u00a0800 ₽",
                        "Олег: заявок 1, закрыто 0, выручка 0 ₽",
                        "Закрыто 1: выручка 10\u00a0000 ₽, материалы 2\u00a0000 ₽, мастерам 4\u00a0800 ₽, "
                                + "компании 3\u00a0200 ₽");
        assertThat(bot.optionLabels()).contains("⬇ Excel (.xlsx)", "⬇ CSV");
    }

    @Test
    void a_report_for_typed_dates_asks_the_first_and_last_day_and_explains_a_wrong_date() {
        closedAndAssigned();
        bot.command(DISPATCHER, "reports");
        bot.pressLabel(DISPATCHER, "📅 Свои даты");
        assertThat(bot.step(DISPATCHER)).contains("CustomReport:from");

        bot.send(DISPATCHER, "31.02.2026");
        assertThat(bot.allText()).contains(ru().get("error.period.date_invalid"));
        bot.send(DISPATCHER, "01.03.2026");
        bot.send(DISPATCHER, "28.02.2026");
        assertThat(bot.allText()).contains(ru().get("error.period.reversed"));
        bot.send(DISPATCHER, "31.03.2026");

        assertThat(bot.step(DISPATCHER)).isEmpty();
        assertThat(bot.lastText()).startsWith("📊 Отчёт за 01.03.2026 — 31.03.2026").contains("Заявок принято: 2");
    }

    @Test
    void a_report_button_exports_the_shown_days_with_every_request_and_the_totals() throws IOException {
        closedAndAssigned();
        bot.command(DISPATCHER, "report", "week");

        bot.pressLabel(DISPATCHER, "⬇ Excel (.xlsx)");

        Outbound reply = bot.replies().getLast();
        Document document = reply.document().orElseThrow();
        assertThat(document.name()).isEqualTo("report_09.03.2026-10.03.2026.xlsx");
        assertThat(reply.options().getFirst()).extracting(o -> o.data())
                .containsExactly("x:csv:a:09.03.2026-10.03.2026");
        assertThat(reply.text()).isEqualTo("📎 Выгрузка за 09.03.2026 — 10.03.2026: заявок 2");
        List<String> lines = Files.readAllLines(document.file());
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("Номер|Создана|Статус|Техника|Мастер")
                .endsWith("|Доля компании|Отзыв|За городом|Закрыта|Оценка клиента");
        assertThat(lines.get(1)).startsWith("1|").contains("|Закрыта|", "|1000000k|200000k|480000k|320000k|Да|Нет|");
        assertThat(lines.get(2)).startsWith("2|").contains("|Назначена|");
        // under the review and out-of-city columns: how many took a review, how many were out of the city
        assertThat(lines.get(3)).isEqualTo("Итого|2|||||||||0k|1000000k|200000k|480000k|320000k|1|0|1|"); // and the rating column
        assertThat(lines.get(4)).isEqualTo("Средний чек|||||||||||1000000k");
        Files.delete(document.file());
    }

    @Test
    void a_technician_sees_and_exports_only_their_own_requests_without_phones_before_the_visit() throws IOException {
        closedAndAssigned();

        bot.command(OTHER_TECHNICIAN, "mystats", "today");
        assertThat(bot.lastText()).startsWith("📊 Ваша статистика за сегодня").contains("Заявок принято: 1")
                .doesNotContain("Сергей П.:");
        bot.command(OTHER_TECHNICIAN, "export", "csv");

        Document document = bot.replies().getLast().document().orElseThrow();
        assertThat(document.name()).isEqualTo("my_report_10.03.2026-10.03.2026.csv");
        List<String> lines = Files.readAllLines(document.file());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("2|").doesNotContain("+7");
        assertThat(lines.get(3)).isEqualTo("Средний чек|||||||||||"); // nothing closed: no average
        Files.delete(document.file());
    }

    @Test
    void a_technician_asking_for_the_staff_report_gets_his_own_not_a_refusal() {
        closedAndAssigned();

        bot.command(TECHNICIAN, "report", "today");
        assertThat(bot.lastText()).startsWith("📊 Ваша статистика")
                .isNotEqualTo(ru().get("error.not_permitted"));

        bot.command(TECHNICIAN, "reports");
        assertThat(bot.lastText()).isEqualTo(ru().get("report.menu.own"));
        assertThat(bot.optionData()).allMatch(data -> !data.startsWith("p:a:"));
    }

    @Test
    void a_technician_sees_no_staff_menu_entries_only_his_own() {
        closedAndAssigned();

        bot.command(TECHNICIAN, "help");

        assertThat(bot.optionData()).containsExactlyInAnyOrder("y:0", "m:mystats", "m:find"); // their own search
    }

    @Test
    void a_period_that_cannot_be_read_is_explained() {
        bot.command(DISPATCHER, "report", "позавчера");

        assertThat(bot.lastText()).isEqualTo(ru().get("error.period.invalid"));
    }
}
