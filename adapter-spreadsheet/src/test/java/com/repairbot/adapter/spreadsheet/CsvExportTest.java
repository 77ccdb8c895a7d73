package com.repairbot.adapter.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.out.SheetCell;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.domain.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvExportTest {

    @TempDir
    Path folder;

    @Test
    void a_csv_export_starts_with_a_byte_order_mark_and_holds_one_line_per_request_and_the_totals()
            throws IOException {
        ExportResult result = Exporter.export(new GeneratedRequests(9), folder, SpreadsheetFormat.CSV);

        byte[] bytes = Files.readAllBytes(result.document().file());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(12); // header, nine requests, totals, the average check
        assertThat(lines.getFirst()).startsWith("Номер,Создана,Статус,Техника,Мастер,Диспетчер,Клиент,Телефон");
        assertThat(lines.get(3)).startsWith("3,2026-03-01 09:00,Закрыта,Стиральная машина,Сергей П.,Анна С.,");
        assertThat(lines.get(3)).contains(",5004.11,0.93,");
        assertThat(lines.get(10)).startsWith("Итого,9,,,,,,,,,");
        assertThat(lines.getLast()).startsWith("Средний чек,");
        assertThat(result.document().name()).endsWith(".csv");
        assertThat(result.document().mediaType()).isEqualTo("text/csv");
    }

    @Test
    void an_export_names_the_technician_and_the_dispatcher_instead_of_showing_their_ids() throws IOException {
        ExportResult result = Exporter.export(new GeneratedRequests(4), folder, SpreadsheetFormat.CSV);

        List<String> lines = List.of(Files.readString(result.document().file(), StandardCharsets.UTF_8).split("\r\n"));
        // request 1 is assigned to technician 301, whom nobody named: "user 301" in words, never a bare number
        assertThat(lines.get(1)).contains(",Стиральная машина,пользователь 301,Анна С.,");
        assertThat(lines.get(3)).contains(",Стиральная машина,Сергей П.,Анна С.,");
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(CsvSheetWriter.field(new SheetCell.Text("ул. Ленина, д. 5"))).isEqualTo("\"ул. Ленина, д. 5\"");
        assertThat(CsvSheetWriter.field(new SheetCell.Text("ЖК \"Солнечный\""))).isEqualTo("\"ЖК \"\"Солнечный\"\"\"");
        assertThat(CsvSheetWriter.field(new SheetCell.Text("две\nстроки"))).isEqualTo("\"две\nстроки\"");
        assertThat(CsvSheetWriter.field(new SheetCell.Text("просто"))).isEqualTo("просто");
    }

    @Test
    void a_text_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(CsvSheetWriter.field(new SheetCell.Text("=HYPERLINK(\"http://x\")")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvSheetWriter.field(new SheetCell.Text("@SUM(A1)"))).isEqualTo("'@SUM(A1)");
        assertThat(CsvSheetWriter.field(new SheetCell.Text("+79991234567"))).isEqualTo("'+79991234567");
    }

    @Test
    void numbers_amounts_and_dates_are_written_plainly() {
        assertThat(CsvSheetWriter.field(new SheetCell.Whole(42))).isEqualTo("42");
        assertThat(CsvSheetWriter.field(new SheetCell.Amount(new Money(150_000)))).isEqualTo("1500.00");
        assertThat(CsvSheetWriter.field(new SheetCell.Amount(new Money(5)))).isEqualTo("0.05");
        assertThat(CsvSheetWriter.field(new SheetCell.DateTime(LocalDateTime.of(2026, 3, 10, 9, 5))))
                .isEqualTo("2026-03-10 09:05");
        assertThat(CsvSheetWriter.field(new SheetCell.Empty())).isEmpty();
    }
}
