package com.repairbot.benchmarks;

import com.repairbot.adapter.sqlite.SqliteDatabase;
import com.repairbot.adapter.sqlite.SqliteRepairRequests;
import com.repairbot.adapter.sqlite.SqliteTransactions;
import com.repairbot.application.memory.InMemoryRepairRequests;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.port.out.SearchTerms;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.UserId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One page of search results as {@code SearchRequestsUseCase} asks for it (the count and the first 10 matches),
 * over {@code requests} stored requests in SQLite (the real file, 4 read connections) or in memory. Clients get
 * names from 40 surnames × 20 first names and addresses on 30 streets, so a common surname matches about 2.5 %
 * of the requests, a surname and a street about 0.08 %; a phone has 3 requests, a number 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class SearchBenchmark {

    private static final List<String> SURNAMES = List.of("Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов",
            "Попов", "Васильев", "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев",
            "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров",
            "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв",
            "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев");
    private static final List<String> FIRST_NAMES = List.of("Иван", "Пётр", "Анна", "Мария", "Ольга", "Сергей",
            "Алексей", "Елена", "Дмитрий", "Наталья", "Андрей", "Татьяна", "Михаил", "Ирина", "Николай", "Светлана",
            "Юрий", "Галина", "Виктор", "Людмила");
    private static final List<String> STREETS = List.of("Ленина", "Мира", "Садовая", "Советская", "Молодёжная",
            "Школьная", "Лесная", "Центральная", "Новая", "Набережная", "Заречная", "Зелёная", "Полевая", "Луговая",
            "Октябрьская", "Комсомольская", "Гагарина", "Первомайская", "Северная", "Солнечная", "Пушкина",
            "Рабочая", "Южная", "Береговая", "Кирова", "Чапаева", "Строителей", "Победы", "Весенняя", "Цветочная");

    /** How many requests are stored. */
    @Param("100000")
    public int requests;

    /** Where: {@code sqlite} (a file) or {@code memory}. */
    @Param({"sqlite", "memory"})
    public String store;

    private Path folder;
    private SqliteDatabase database;
    private RepairRequests stored;
    private SearchTerms surname;
    private SearchTerms surnameAndStreet;
    private SearchTerms phone;
    private SearchTerms number;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        folder = Files.createTempDirectory("repair-bot-bench-");
        try {
            if (store.equals("sqlite")) {
                database = SqliteDatabase.open(folder.resolve("bench.db"), 4);
                stored = new SqliteRepairRequests(database);
                SqliteTransactions transactions = new SqliteTransactions(database);
                for (int from = 1; from <= requests; from += 5_000) {
                    int first = from;
                    transactions.write(() -> {
                        for (int n = first; n < first + 5_000 && n <= requests; n++) {
                            stored.add(request(n));
                        }
                        return null;
                    });
                }
            } else {
                stored = new InMemoryRepairRequests();
                for (int n = 1; n <= requests; n++) {
                    stored.add(request(n));
                }
            }
        } catch (RuntimeException e) {
            close(); // JMH skips the teardown of a failed setup: do not leave the folder behind
            throw e;
        }
        surname = SearchTerms.parse("иванов");
        surnameAndStreet = SearchTerms.parse("иванов ленина");
        phone = SearchTerms.parse("8 (900) " + String.format("%07d", requests / 6));
        number = SearchTerms.parse(Integer.toString(requests / 2));
    }

    private static RepairRequest request(int n) {
        String name = SURNAMES.get(n % SURNAMES.size()) + " " + FIRST_NAMES.get((n / 7) % FIRST_NAMES.size());
        String address = "г. Москва, ул. " + STREETS.get((n / 3) % STREETS.size()) + ", д. " + (n % 97 + 1)
                + ", кв. " + (n % 211 + 1);
        Client client = new Client(new PersonName(name), new PhoneNumber("+7900" + String.format("%07d", n / 3)),
                new Address(address));
        Instant at = Instant.parse("2026-01-01T09:00:00Z").plusSeconds(60L * n);
        return new RepairRequest(new RequestNumber(n), new EquipmentType("washing_machine"),
                new ProblemDescription("Не сливает воду"), client, Optional.empty(), Optional.empty(), new UserId(2),
                Optional.empty(), Status.NEW, Optional.empty(), Optional.empty(), Optional.empty(), at, at, at, 1);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (database != null) {
            database.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private int page(SearchTerms terms) {
        return stored.countSearch(terms, Optional.empty())
                + stored.search(terms, Optional.empty(), 0, 10).size();
    }

    /** A common surname's beginning: about 2 500 matches at 100 000, counted, the newest 10 read. */
    @Benchmark
    public int commonSurname() {
        return page(surname);
    }

    /** A surname and a street: about 80 matches at 100 000. */
    @Benchmark
    public int surnameAndStreet() {
        return page(surnameAndStreet);
    }

    /** A phone in another form than stored: 3 requests. */
    @Benchmark
    public int phone() {
        return page(phone);
    }

    /** A request number. */
    @Benchmark
    public int number() {
        return page(number);
    }
}
