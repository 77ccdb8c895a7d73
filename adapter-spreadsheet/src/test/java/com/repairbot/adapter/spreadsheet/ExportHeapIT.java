package com.repairbot.adapter.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.SpreadsheetFormat;
import com.repairbot.domain.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 requests exported in a JVM whose heap is fixed at {@value #HEAP}: the export streams, or the child dies
 * of an OutOfMemoryError. The peak heap the child saw is printed (the figure in README and ADR 0014).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportHeapIT {

    static final String HEAP = "12m";
    private static final int REQUESTS = 10_000;

    @TempDir
    Path folder;

    @Test
    void ten_thousand_requests_export_to_xlsx_within_a_fixed_heap() throws Exception {
        Map<String, String> child = runChild(SpreadsheetFormat.XLSX);

        AtomicInteger rows = new AtomicInteger();
        AtomicReference<Row> totals = new AtomicReference<>();
        AtomicReference<Row> last = new AtomicReference<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(Path.of(child.get("file")).toFile());
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                rows.incrementAndGet();
                totals.set(last.get());
                last.set(row);
            });
        }
        assertThat(rows).hasValue(REQUESTS + 3); // header, the requests, totals, the average check
        assertThat(totals.get().getCellAsNumber(1)).contains(BigDecimal.valueOf(REQUESTS));
        assertThat(totals.get().getCellAsNumber(11)).contains(expectedTotal().toRubles());
        assertThat(last.get().getCellText(0)).isEqualTo("Средний чек");
    }

    @Test
    void ten_thousand_requests_export_to_csv_within_a_fixed_heap() throws Exception {
        Map<String, String> child = runChild(SpreadsheetFormat.CSV);

        try (Stream<String> lines = Files.lines(Path.of(child.get("file")), StandardCharsets.UTF_8)) {
            assertThat(lines.count()).isEqualTo(REQUESTS + 3); // header, the requests, totals, the average check
        }
    }

    private static Money expectedTotal() {
        Money total = Money.ZERO;
        for (int n = 3; n <= REQUESTS; n += 3) {
            total = total.plus(GeneratedRequests.money(n).total());
        }
        return total;
    }

    private Map<String, String> runChild(SpreadsheetFormat format) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), ExportHeapChild.class.getName(),
                folder.toString(), format.name(), Integer.toString(REQUESTS))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> values = new HashMap<>();
        output.lines().filter(line -> line.contains("=")).forEach(line -> {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq), line.substring(eq + 1));
        });
        assertThat(values.get("rows")).isEqualTo(Integer.toString(REQUESTS));
        System.out.printf("%s export of %d requests with -Xmx%s: peak heap used %.1f MiB, file %d KiB%n", format,
                REQUESTS, HEAP, Long.parseLong(values.get("peak")) / 1048576.0,
                Files.size(Path.of(values.get("file"))) / 1024);
        return values;
    }
}
