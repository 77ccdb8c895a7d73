package com.repairbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Reporting;
import com.repairbot.application.assembly.ScheduleSettings;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.testing.LinesOfCells;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.domain.staff.UserId;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dispatcher at the terminal reads each report as text and gets each export as a file whose path is shown. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsoleReportsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final Stores stores = Stores.inMemory(clock, Duration.ofHours(48));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @TempDir
    Path exports;

    private String run(String... lines) throws IOException {
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(new UserId(1)), Set.of(new UserId(2)));
        AtomicInteger ids = new AtomicInteger();
        Core core = Core.builder(settings, stores)
                .reporting(new Reporting(ScheduleSettings.defaults(), new LinesOfCells(), exports))
                .messenger(new ConsoleMessenger(out)).clock(clock).ids(() -> "key-" + ids.incrementAndGet())
                .assemble();
        BufferedReader in = new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
        new ConsoleChannel(core.engine(), () -> core.relay().deliverDue(100), in, out, new UserId(1)).run();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static final String[] NEW_REQUEST = {"/new", "1", "+7 (999) 123-45-67", "Не сливает воду, шумит",
            "Иванов Иван", "г. Москва, ул. Ленина, д. 10, кв. 5", "#2", "#2", "1"};

    @Test
    void each_period_is_shown_as_text_from_the_menu_and_by_command() throws IOException {
        String screen = run(Stream.of(new String[]{"/as 2"}, NEW_REQUEST, new String[]{
                "/reports", "1", "/reports", "2", "/reports", "3", "/reports", "4",
                "/reports", "5", "/reports", "6",
                "/reports", "7", "01.11.2026", "30.11.2026", "/report 23.11.2026", "/quit"})
                .flatMap(Stream::of).toArray(String[]::new));

        assertThat(screen).contains("📊 Отчёт за сегодня, 23.11.2026", "📊 Отчёт за вчера, 22.11.2026",
                "📊 Отчёт за неделю, 23.11.2026", "📊 Отчёт за месяц, 01.11.2026 — 23.11.2026",
                "📊 Отчёт за прошлую неделю, 16.11.2026 — 22.11.2026",
                "📊 Отчёт за прошлый месяц, 01.10.2026 — 31.10.2026",
                "📊 Отчёт за 01.11.2026 — 30.11.2026", "📊 Отчёт за 23.11.2026");
        assertThat(count(screen, "Заявок принято: 1")).isEqualTo(5);
        assertThat(screen).contains("Заявок принято: 0");
    }

    @Test
    void each_export_is_written_to_a_file_whose_path_is_printed() throws IOException {
        String screen = run(Stream.of(new String[]{"/as 2"}, NEW_REQUEST, new String[]{
                "/report week", "1", "/report week", "2", "/export csv month", "/quit"})
                .flatMap(Stream::of).toArray(String[]::new));

        Matcher paths = Pattern.compile("📎 (/\\S+)").matcher(screen);
        List<Path> files = paths.results().map(m -> Path.of(m.group(1))).toList();
        assertThat(files).hasSize(3).allSatisfy(file -> {
            assertThat(file).startsWith(exports).exists();
            assertThat(Files.readAllLines(file)).hasSize(4); // header, the request, totals, average check
        });
        assertThat(screen).contains("📎 Выгрузка за 23.11.2026: заявок 1",
                "📎 Выгрузка за месяц, 01.11.2026 — 23.11.2026: заявок 1");
        assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly(
                "report_23.11.2026-23.11.2026.xlsx", "report_23.11.2026-23.11.2026.csv",
                "report_01.11.2026-23.11.2026.csv");
    }

    @Test
    void an_export_asked_for_twice_keeps_both_files_under_numbered_names() throws IOException {
        String screen = run(Stream.of(new String[]{"/as 2"}, NEW_REQUEST, new String[]{
                "/export csv today", "/export csv today", "/quit"}).flatMap(Stream::of).toArray(String[]::new));

        List<String> names = Pattern.compile("📎 (/\\S+)").matcher(screen).results()
                .map(m -> Path.of(m.group(1)).getFileName().toString()).toList();
        assertThat(names).containsExactly("report_23.11.2026-23.11.2026.csv", "report_23.11.2026-23.11.2026_2.csv");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
