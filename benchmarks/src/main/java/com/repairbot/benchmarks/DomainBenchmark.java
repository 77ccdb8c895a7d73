package com.repairbot.benchmarks;

import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.privacy.PiiScanner;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.MoveDetails;
import com.repairbot.domain.request.Moved;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pure domain functions on hot paths: masking free text before it is logged or shown, parsing a typed phone
 * number, and a status move on an immutable request. No I/O; one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DomainBenchmark {

    private static final UserId DISPATCHER = new UserId(2);
    private static final UserId TECHNICIAN = new UserId(3);

    private String text;
    private String typedPhone;
    private RepairRequest assigned;
    private Actor technician;
    private Instant at;

    @Setup(Level.Trial)
    public void prepare() {
        // 200 characters of a typical note, with one phone number and one e-mail address in it
        text = "Клиент просит перезвонить перед выездом по номеру +7 (999) 123-45-67, счёт прислать "
                + "на ivan.petrov@example.com. Домофон не работает, код подъезда 1234, этаж пятый, "
                + "собака во дворе, ключ у соседей в 5.";
        if (text.length() != 200 || !PiiScanner.mask(text).contains("+7 (***) ***-45-67")
                || PiiScanner.mask(text).contains("ivan.petrov@example.com")) {
            throw new IllegalStateException("the sample must be 200 characters whose phone and e-mail get masked");
        }
        typedPhone = "8 (999) 123-45-67";
        Instant created = Instant.parse("2026-11-20T09:00:00Z");
        Client client = new Client(new PersonName("Иванов Иван"), PhoneNumber.parse("+79991234567"),
                new Address("г. Москва, ул. Ленина, д. 10, кв. 5"));
        assigned = new RepairRequest(new RequestNumber(123), new EquipmentType("washing_machine"),
                new ProblemDescription("не сливает воду, гудит"), client, Optional.empty(), Optional.empty(),
                DISPATCHER, Optional.of(TECHNICIAN), Status.ASSIGNED, Optional.empty(), Optional.empty(),
                Optional.empty(), created, created, created, 2);
        technician = Actor.of(TECHNICIAN, Role.TECHNICIAN);
        at = Instant.parse("2026-11-24T10:15:00Z");
    }

    /** {@code PiiScanner.mask} on 200 characters holding one phone and one e-mail. */
    @Benchmark
    public String maskText() {
        return PiiScanner.mask(text);
    }

    /** A phone typed the Russian way ({@code 8 (999) 123-45-67}) to E.164. */
    @Benchmark
    public PhoneNumber parsePhone() {
        return PhoneNumber.parse(typedPhone);
    }

    /** ASSIGNED → ACCEPTED by the assigned technician: table look-up, checks, new snapshot and event. */
    @Benchmark
    public Moved acceptMove() {
        return assigned.move(technician, Status.ACCEPTED, MoveDetails.NONE, at);
    }
}
