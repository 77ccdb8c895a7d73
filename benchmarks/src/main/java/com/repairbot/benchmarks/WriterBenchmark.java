package com.repairbot.benchmarks;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.assembly.Stores;
import com.repairbot.application.dialog.UseCases;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.CreateRequestResult;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.ReopenRequestCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.domain.contact.Address;
import com.repairbot.domain.contact.Client;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.EquipmentType;
import com.repairbot.domain.request.Notes;
import com.repairbot.domain.request.ProblemDescription;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RequestDraft;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Write throughput of a database adapter through the real use cases: every invocation is one whole unit of work,
 * committed. {@link SqliteWriterBenchmark} and {@link PostgresWriterBenchmark} say how their stores are opened and
 * closed; the units, the 8-thread variants (eight units at once) and the cast are the same, so that the two figures
 * compare.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// longer warm-up than the domain's: with 3 x 2 s the JIT was still at work (on 2 cores, 8 busy threads starve
// the compiler threads) and the first measured iterations ran at half the speed of the last
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 2)
public abstract class WriterBenchmark {

    private static final UserId ADMIN = new UserId(1);
    private static final UserId DISPATCHER = new UserId(2);
    private static final UserId TECHNICIAN = new UserId(3);
    private static final RefusalReason REASON = new RefusalReason("клиент передумал");
    private static final RequestDraft DRAFT = new RequestDraft(new EquipmentType("washing_machine"),
            new ProblemDescription("не сливает воду, гудит при отжиме, на дисплее ошибка E21"),
            new Client(new PersonName("Иванов Иван"), PhoneNumber.parse("+79991234567"),
                    new Address("г. Москва, ул. Ленина, д. 10, кв. 5")),
            Optional.of(new Notes("домофон 15, звонить за час")), Optional.empty());

    private UseCases useCases;

    /** Assembles the core on the stores and adds the technician with a work group (call from the trial's set-up). */
    protected final void assemble(Stores stores, Clock clock) {
        ApplicationSettings settings = ApplicationSettings.defaults(Set.of(ADMIN), Set.of(DISPATCHER));
        Core core = Core.builder(settings, stores).messenger((chat, message) -> { }).clock(clock)
                .ids(() -> UUID.randomUUID().toString()).assemble();
        useCases = core.useCases();
        useCases.addTechnician().addTechnician(new AddTechnicianCommand(ADMIN, TECHNICIAN,
                PhoneNumber.parse("+7 900 000-00-03"), new Specialization("стиральные машины")));
        useCases.bindGroup().bind(new BindWorkGroupCommand(ADMIN, TECHNICIAN, new ChatId(-1003)));
    }

    /** A new request by the dispatcher: number, insert, history, audit and outbox rows in one unit. */
    @Benchmark
    @Threads(1)
    public CreateRequestResult createRequest() {
        return create();
    }

    /** {@link #createRequest} from 8 threads at once. */
    @Benchmark
    @Threads(8)
    public CreateRequestResult createRequest8Threads() {
        return create();
    }

    /** One status change (compare-and-set, history, audit, outbox) on this thread's own request. */
    @Benchmark
    @Threads(1)
    public RequestChangeResult statusChange(OwnRequest own) {
        return own.nextMove(this);
    }

    /** {@link #statusChange} from 8 threads at once, each on its own request. */
    @Benchmark
    @Threads(8)
    public RequestChangeResult statusChange8Threads(OwnRequest own) {
        return own.nextMove(this);
    }

    private CreateRequestResult create() {
        CreateRequestResult result = useCases.create().create(
                new CreateRequestCommand(DISPATCHER, DRAFT, UUID.randomUUID().toString()));
        if (!result.created()) {
            throw new IllegalStateException("a fresh idempotency key returned an earlier request");
        }
        return result;
    }

    /**
     * A request that only this thread moves (so no compare-and-set ever loses), round the cycle
     * NEW → ASSIGNED → ACCEPTED → REFUSED → NEW: assign and refuse and reopen by the dispatcher, accept by
     * the technician. Each invocation is one real change; the thread's first also creates its request (one unit more
     * in thousands).
     */
    @State(Scope.Thread)
    public static class OwnRequest {

        private RequestNumber number;
        private Status status;

        RequestChangeResult nextMove(WriterBenchmark benchmark) {
            if (number == null) {
                CreateRequestResult created = benchmark.create();
                number = created.request().number();
                status = created.request().status();
            }
            UseCases useCases = benchmark.useCases;
            RequestChangeResult result = switch (status) {
                case NEW -> useCases.assign().assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
                case ASSIGNED -> useCases.accept().accept(new AcceptRequestCommand(TECHNICIAN, number));
                case ACCEPTED -> useCases.refuse().refuse(new RefuseRequestCommand(DISPATCHER, number, REASON));
                case REFUSED -> useCases.reopen().reopen(new ReopenRequestCommand(DISPATCHER, number));
                default -> throw new IllegalStateException("unexpected status " + status);
            };
            if (!result.changed()) {
                throw new IllegalStateException("the move from " + status + " changed nothing");
            }
            status = result.request().status();
            return result;
        }
    }
}
