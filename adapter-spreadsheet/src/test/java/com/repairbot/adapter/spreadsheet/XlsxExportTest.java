package com.repairbot.adapter.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.in.ExportResult;
import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.Completion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export written with fastexcel and read back with its reader. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class XlsxExportTest {

    private static final int REQUESTS = 600;

    @TempDir
    Path folder;

    @Test
    void the_workbook_holds_the_header_every_request_and_totals_that_match_the_rows_to_the_kopeck()
            throws IOException {
        ExportResult result = Exporter.export(new GeneratedRequests(REQUESTS), folder, SpreadsheetFormat.XLSX);

        assertThat(result.rows()).isEqualTo(REQUESTS);
        assertThat(result.document().name()).isEqualTo("report_01.03.2026-31.03.2026.xlsx");
        assertThat(result.document().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<Row> rows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(result.document().file().toFile())) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Заявки");
            rows = workbook.getFirstSheet().read();
        }
        assertThat(rows).hasSize(REQUESTS + 3); // header, the requests, totals, the average check
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Номер");
        assertThat(rows.getFirst().getCellText(10)).isEqualTo("Предоплата");
        assertThat(rows.getFirst().getCellText(11)).isEqualTo("Сумма");

        Money total = Money.ZERO;
        Money technicians = Money.ZERO;
        BigDecimal sumOfCells = BigDecimal.ZERO;
        for (int n = 1; n <= REQUESTS; n++) {
            Row row = rows.get(n);
            assertThat(row.getCellAsNumber(0)).contains(BigDecimal.valueOf(n));
            if (n % 3 == 0) {
                Completion money = GeneratedRequests.money(n);
                total = total.plus(money.total());
                technicians = technicians.plus(money.split().technicianShare());
                assertThat(row.getCellText(2)).isEqualTo("Закрыта");
                assertThat(row.getCellAsNumber(11)).contains(money.total().toRubles());
                assertThat(row.getCellAsNumber(13)).contains(money.split().technicianShare().toRubles());
                sumOfCells = sumOfCells.add(row.getCellAsNumber(11).orElseThrow());
            } else {
                assertThat(row.getOptionalCell(11).map(c -> c.getRawValue())).isEmpty();
            }
        }
        Row totals = rows.get(REQUESTS + 1);
        assertThat(rows.getLast().getCellText(0)).isEqualTo("Средний чек");
        assertThat(totals.getCellText(0)).isEqualTo("Итого");
        assertThat(totals.getCellAsNumber(1)).contains(BigDecimal.valueOf(REQUESTS));
        assertThat(totals.getCellAsNumber(11)).contains(total.toRubles());
        assertThat(totals.getCellAsNumber(11).orElseThrow()).isEqualByComparingTo(sumOfCells);
        assertThat(totals.getCellAsNumber(13)).contains(technicians.toRubles());
        // every third request is closed; a review on every other of those, out of city on every fifth
        assertThat(totals.getCellAsNumber(15)).contains(BigDecimal.valueOf(REQUESTS / 6));
        assertThat(totals.getCellAsNumber(16)).contains(BigDecimal.valueOf(REQUESTS / 15));
        assertThat(totals.getCellAsNumber(17)).contains(BigDecimal.valueOf(REQUESTS / 3));
    }

    @Test
    void dates_are_kept_as_dates_and_texts_as_the_client_typed_them() throws IOException {
        ExportResult result = Exporter.export(new GeneratedRequests(3), folder, SpreadsheetFormat.XLSX);

        try (ReadableWorkbook workbook = new ReadableWorkbook(result.document().file().toFile())) {
            Row first = workbook.getFirstSheet().read().get(1);
            assertThat(first.getCellAsDate(1)).contains(GeneratedRequests.request(1).createdAt()
                    .atZone(java.time.ZoneId.of("Europe/Moscow")).toLocalDateTime());
            assertThat(first.getCellText(7)).isEqualTo("+79991234567");
        }
    }

    @Test
    void a_sheet_name_excel_would_refuse_is_made_acceptable() {
        assertThat(XlsxSheetWriter.sheetName("Отчёт: март/апрель [2026] с очень длинным названием"))
                .hasSizeLessThanOrEqualTo(31).doesNotContain(":", "/", "[", "]");
        assertThat(XlsxSheetWriter.sheetName("  ")).isEqualTo("Sheet1");
    }
}
