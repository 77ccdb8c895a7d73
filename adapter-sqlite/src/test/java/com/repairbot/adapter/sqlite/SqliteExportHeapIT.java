package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.testing.Requests;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 10,000 requests (with long descriptions and notes, about 3 KB each) exported from the SQLite file by a JVM whose
 * heap is fixed at {@value #HEAP}: the rows come from a cursor, one at a time, and go into the file as they come.
 * Read into a list first, they would not fit.
 */
class SqliteExportHeapIT {

    static final String HEAP = "24m";
    private static final int REQUESTS = 10_000;

    private final TemporaryDatabase databases = new TemporaryDatabase();

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void ten_thousand_requests_export_from_sqlite_within_a_fixed_heap() throws Exception {
        SqliteDatabase database = databases.open();
        SqliteRepairRequests requests = new SqliteRepairRequests(database);
        Instant march = Instant.parse("2026-03-02T07:00:00Z");
        new SqliteTransactions(database).write(() -> {
            for (int n = 1; n <= REQUESTS; n++) {
                Requests.Builder request = Requests.request(n).createdAt(march.plus(Duration.ofMinutes(n)))
                        .description("Не сливает воду, ошибка E" + n + "; просит позвонить заранее. ".repeat(10))
                        .notes("Код домофона 15, собака во дворе, ключ у соседки из квартиры 12. ".repeat(14));
                if (n % 3 == 0) {
                    request.status(Status.CLOSED).completion(Completion.of(new Money(500_000 + n), new Money(n),
                            false, false, ProfitSplitPolicy.defaults()));
                }
                requests.add(request.build());
            }
            return null;
        });
        Path file = database.file();
        Path exports = file.getParent().resolve("exports");

        List<String> output = runChild(file, exports);

        assertThat(output).contains("rows=" + REQUESTS);
        Path written = Path.of(value(output, "file"));
        try (var lines = Files.lines(written, StandardCharsets.UTF_8)) {
            assertThat(lines.count()).isEqualTo(REQUESTS + 3); // header, the requests, totals, the average check
        }
        System.out.printf("export of %d requests from SQLite with -Xmx%s: peak heap used %.1f MiB%n", REQUESTS, HEAP,
                Long.parseLong(value(output, "peak")) / 1048576.0);
    }

    private static String value(List<String> output, String key) {
        return output.stream().filter(line -> line.startsWith(key + "=")).findFirst().orElseThrow()
                .substring(key.length() + 1);
    }

    private static List<String> runChild(Path file, Path exports) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+UseSerialGC",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ExportFromSqliteChild.class.getName(), file.toString(), exports.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
