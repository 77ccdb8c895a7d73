package com.repairbot.application.dialog;

import static com.repairbot.application.dialog.DialogDriver.ADMIN;
import static com.repairbot.application.dialog.DialogDriver.DISPATCHER;
import static com.repairbot.application.dialog.DialogDriver.LANGUAGES;
import static com.repairbot.application.dialog.DialogDriver.OTHER_GROUP;
import static com.repairbot.application.dialog.DialogDriver.OTHER_TECHNICIAN;
import static com.repairbot.application.dialog.DialogDriver.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.conversation.Document;
import com.repairbot.application.text.Messages;
import com.repairbot.domain.staff.UserId;
import com.repairbot.application.text.Names;
import com.repairbot.application.text.ReportTexts;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.report.ReportPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15's reports: the average check, reviews taken and out-of-city trips in every report; last week and last
 * month in the period menu; a report and an export of one technician chosen by the office.
 */
class TechnicianReportAndClosingFiguresTest {

    private final DialogDriver bot = new DialogDriver();

    /** Today: one request closed by {@link DialogDriver#TECHNICIAN} for 10 000 ₽ with a review, one assigned to another. */
    private long closedAndAssigned() {
        long closed = bot.onSiteRequest();
        bot.press(TECHNICIAN, "r:" + closed + ":complete");
        bot.send(TECHNICIAN, "10000");
        bot.send(TECHNICIAN, "2000");
        bot.press(TECHNICIAN, "d:yes");
        bot.press(TECHNICIAN, "d:no");
        bot.press(TECHNICIAN, DialogEngine.CONFIRM);
        bot.technician(OTHER_TECHNICIAN, OTHER_GROUP);
        bot.assign(bot.createRequest(DISPATCHER), OTHER_TECHNICIAN);
        return closed;
    }

    private String today() {
        return ReportPeriod.of(ReportPeriod.Kind.TODAY, bot.clock.instant().atZone(bot.settings.zone()).toLocalDate())
                .code();
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_report_shows_the_average_check_the_reviews_taken_and_the_out_of_city_trips(Locale language) {
        Messages m = Messages.forLanguage(language);
        closedAndAssigned();

        bot.speaking(language).command(DISPATCHER, "report", "today");

        assertThat(bot.lastText()).contains(m.get("report.closing", m.money(Money.rubles(10_000)), 1, 0));
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_period_menu_offers_last_week_and_last_month(Locale language) {
        Messages m = Messages.forLanguage(language);

        bot.speaking(language).command(DISPATCHER, "reports");
        assertThat(bot.optionLabels()).contains(m.get("report.choose.PREVIOUS_WEEK"),
                m.get("report.choose.PREVIOUS_MONTH"));

        bot.pressLabel(DISPATCHER, m.get("report.choose.PREVIOUS_MONTH"));
        ReportPeriod lastMonth = ReportPeriod.of(ReportPeriod.Kind.PREVIOUS_MONTH,
                bot.clock.instant().atZone(bot.settings.zone()).toLocalDate());
        assertThat(bot.lastText()).startsWith(m.get("report.title", new ReportTexts(m, Names.unknown(m)).period(lastMonth)));
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void the_office_chooses_a_technician_and_gets_only_their_requests_in_the_report_and_the_export(Locale language)
            throws IOException {
        Messages m = Messages.forLanguage(language);
        long closed = closedAndAssigned();
        bot.speaking(language).command(DISPATCHER, "report", "today");

        bot.pressLabel(DISPATCHER, m.get("report.by_technician_button"));
        assertThat(bot.optionData()).contains("p:t" + TECHNICIAN + ":" + today(), "p:t" + OTHER_TECHNICIAN + ":" + today());

        bot.press(DISPATCHER, "p:t" + TECHNICIAN + ":" + today());
        // the button names the days, so the title reads them as typed dates
        ReportPeriod period = ReportPeriod.parse(today(), bot.clock.instant().atZone(bot.settings.zone()).toLocalDate());
        assertThat(bot.lastText()).startsWith(m.get("report.title.technician", new ReportTexts(m, Names.unknown(m)).period(period),
                new Names(bot.useCases.people()::person, m).of(new UserId(TECHNICIAN))))
                .contains(m.get("report.requests", 1))
                .contains(m.get("report.closing", m.money(Money.rubles(10_000)), 1, 0));

        bot.press(ADMIN, "x:csv:t" + TECHNICIAN + ":" + today());
        Document document = bot.replies().getLast().document().orElseThrow();
        assertThat(document.name()).isEqualTo("report_" + TECHNICIAN + "_" + today() + ".csv");
        List<String> lines = Files.readAllLines(document.file());
        assertThat(lines).hasSize(4); // header, the one request, totals, average
        assertThat(lines.get(1)).startsWith(closed + "|").contains("+7"); // the office reads the phone
        Files.delete(document.file());
    }

    @ParameterizedTest
    @MethodSource(LANGUAGES)
    void a_technician_cannot_ask_for_another_technicians_report(Locale language) {
        Messages m = Messages.forLanguage(language);
        closedAndAssigned();

        bot.speaking(language).press(TECHNICIAN, "p:t" + OTHER_TECHNICIAN + ":" + today());
        assertThat(bot.lastText()).isEqualTo(m.get("error.not_permitted"));

        bot.press(TECHNICIAN, "x:csv:t" + OTHER_TECHNICIAN + ":" + today());
        assertThat(bot.lastText()).isEqualTo(m.get("error.not_permitted"));
    }
}
