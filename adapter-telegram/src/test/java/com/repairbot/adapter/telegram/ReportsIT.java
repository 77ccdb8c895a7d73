package com.repairbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.telegram.FakeBotApi.Call;
import com.repairbot.adapter.telegram.FakeBotApi.Upload;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.request.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A dispatcher asks for each report and each export through Telegram; exports arrive as documents. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportsIT {

    private static final long DISPATCHER = 1001;

    private static Harness withTwoRequestsToday() throws Exception {
        Harness h = Harness.start(Harness.tuning(Harness.FAST), Harness.generousLimiter()).polling();
        h.stores.requests().add(Requests.request(1).createdAt(Instant.now()).build());
        h.stores.requests().add(Requests.request(2).createdAt(Instant.now()).status(Status.CLOSED).build());
        return h;
    }

    @Test
    void each_period_of_the_reports_menu_is_shown_in_the_chat() throws Exception {
        try (Harness h = withTwoRequestsToday()) {
            h.say(DISPATCHER, DISPATCHER, "/start");
            h.press(DISPATCHER, DISPATCHER, "📊 Отчёты");
            for (String period : List.of("Сегодня", "Вчера", "Неделя", "Месяц")) {
                h.press(DISPATCHER, DISPATCHER, period);
                assertThat(h.lastText(DISPATCHER)).startsWith("📊 Отчёт за").contains("Заявок принято:");
                h.press(DISPATCHER, DISPATCHER, "Другой период");
            }
            h.press(DISPATCHER, DISPATCHER, "📅 Свои даты");
            h.say(DISPATCHER, DISPATCHER, "01.01.2020");
            h.say(DISPATCHER, DISPATCHER, "31.12.2022");
            assertThat(h.lastText(DISPATCHER)).startsWith("📊 Отчёт за 01.01.2020 — 31.12.2022")
                    .contains("Заявок принято: 0");
            h.say(DISPATCHER, DISPATCHER, "/report today");
            assertThat(h.lastText(DISPATCHER)).contains("Заявок принято: 2", "Закрыто 1");
        }
    }

    @Test
    void an_export_is_sent_as_a_document_with_its_name_type_and_caption_and_the_file_is_removed_after()
            throws Exception {
        try (Harness h = withTwoRequestsToday()) {
            h.say(DISPATCHER, DISPATCHER, "/report today");
            h.press(DISPATCHER, DISPATCHER, "⬇ Excel (.xlsx)");
            h.press(DISPATCHER, DISPATCHER, "⬇ CSV");
            h.say(DISPATCHER, DISPATCHER, "/export csv month");

            List<Call> documents = h.api.calls("sendDocument");
            assertThat(documents).hasSize(3).allSatisfy(call -> {
                assertThat(call.chat()).isEqualTo(DISPATCHER);
                assertThat(call.param("parse_mode")).isEqualTo("HTML");
                assertThat(call.param("_file_field")).isEqualTo("document");
                assertThat(call.param("reply_markup")).contains("inline_keyboard", "m:reports");
                assertThat(call.param("caption")).startsWith("📎 Выгрузка").endsWith("заявок 2");
            });
            assertThat(documents.get(0).param("_file_name")).matches("report_\\d\\d\\.\\d\\d\\.\\d{4}-.*\\.xlsx");
            assertThat(documents.get(0).param("_content_type"))
                    .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(documents.get(1).param("_file_name")).endsWith(".csv");
            assertThat(documents.get(1).param("_content_type")).isEqualTo("text/csv");
            assertThat(documents.get(2).param("caption")).startsWith("📎 Выгрузка за месяц");
            List<Upload> uploads = h.api.uploads();
            assertThat(uploads).hasSize(3).allSatisfy(upload -> {
                List<String> lines = new String(upload.bytes(), StandardCharsets.UTF_8).lines().toList();
                assertThat(lines).hasSize(5); // header, two requests, totals, the average check
                assertThat(lines.getFirst()).startsWith("Номер|");
                assertThat(lines.get(3)).startsWith("Итого|2|");
                assertThat(lines.getLast()).startsWith("Средний чек|");
            });
            try (var left = Files.list(h.exports)) {
                assertThat(left).as("files sent are deleted").isEmpty();
            }
        }
    }
}
