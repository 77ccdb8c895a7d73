package com.repairbot.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.dialog.UseCases;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.out.RepairRequests;
import com.repairbot.application.testing.MutableClock;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three "instances" (each its own pool and its own core) on one database, several threads each: units of work
 * never interleave across instances, no update is lost, compare-and-set holds across connections, request
 * numbers never collide, and every request keeps its whole history and audit.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@Timeout(180)
class PostgresConcurrencyIT {

    private static final int INSTANCES = 3;
    private static final int THREADS = 6;
    private static final UserId ADMIN = new UserId(1);
    private static final UserId DISPATCHER = new UserId(2);

    private final TemporaryPostgres databases = new TemporaryPostgres();
    private final List<PostgresDatabase> instances = new ArrayList<>();
    private final List<UseCases> cores = new ArrayList<>();
    private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final MutableClock clock = new MutableClock(Requests.EPOCH);

    @BeforeEach
    void threeInstancesOnOneDatabase() {
        PostgresDatabase first = databases.open(4);
        instances.add(first);
        for (int i = 1; i < INSTANCES; i++) {
            instances.add(databases.open(first.location(), 4));
        }
        for (PostgresDatabase instance : instances) {
            cores.add(Core.builder(ApplicationSettings.defaults(Set.of(ADMIN), Set.of(DISPATCHER)),
                    PostgresStores.on(instance, clock, Duration.ofDays(2))).messenger((chat, message) -> { })
                    .clock(clock).ids(() -> UUID.randomUUID().toString()).assemble().useCases());
        }
        for (int t = 0; t < THREADS; t++) {
            UseCases core = cores.get(t % INSTANCES);
            core.addTechnician().addTechnician(new AddTechnicianCommand(ADMIN, technician(t),
                    new PhoneNumber("+7999100%04d".formatted(t)), new Specialization("стиральные машины")));
            core.bindGroup().bind(new BindWorkGroupCommand(ADMIN, technician(t), new ChatId(-1000 - t)));
        }
    }

    @AfterEach
    void close() {
        databases.closeAll();
    }

    private static UserId technician(int t) {
        return new UserId(1000 + t);
    }

    @Test
    void units_of_work_of_three_instances_never_interleave_so_no_increment_is_lost() {
        instances.getFirst().write(handle -> handle.execute("CREATE TABLE counter (value integer NOT NULL)")
                + handle.execute("INSERT INTO counter VALUES (0)"));

        race(t -> {
            PostgresTransactions transactions = new PostgresTransactions(instances.get(t % INSTANCES));
            PostgresDatabase database = instances.get(t % INSTANCES);
            for (int i = 0; i < 100; i++) {
                transactions.write(() -> {
                    // read, then write what was read plus one: only the units' exclusion keeps this right
                    int read = database.read(h -> h.createQuery("SELECT value FROM counter").mapTo(Integer.class).one());
                    return database.write(h -> h.execute("UPDATE counter SET value = ?", read + 1));
                });
            }
            return null;
        });

        assertThat(count(instances.get(1), "SELECT value FROM counter")).isEqualTo(THREADS * 100);
    }

    @Test
    void compare_and_set_on_the_same_version_is_won_by_exactly_one_connection() {
        RepairRequests setup = new PostgresRepairRequests(instances.getFirst());
        for (long n = 1; n <= 20; n++) {
            setup.add(Requests.request(n).build());
        }

        for (long n = 1; n <= 20; n++) {
            RepairRequest original = setup.find(new RequestNumber(n)).orElseThrow();
            List<Boolean> won = race(t -> new PostgresRepairRequests(instances.get(t % INSTANCES)).compareAndSet(
                    Requests.request(original.number().value()).status(Status.ASSIGNED)
                            .technician(technician(t)).version(original.version() + 1).build(),
                    original.status(), original.version()));
            assertThat(won.stream().filter(w -> w).count()).as("winners for #" + n).isEqualTo(1);
        }
    }

    @Test
    void six_threads_on_three_instances_create_and_move_requests_without_collisions_or_losses() {
        int perThread = 10;
        race(t -> {
            UseCases core = cores.get(t % INSTANCES);
            for (int j = 0; j < perThread; j++) {
                RequestNumber number = core.create().create(new CreateRequestCommand(DISPATCHER,
                        Requests.draft("+7999200%04d".formatted(t * 100 + j)), UUID.randomUUID().toString()))
                        .request().number();
                // the next step on another instance: what one instance committed, the next one sees
                cores.get((t + 1) % INSTANCES).assign().assign(new AssignTechnicianCommand(DISPATCHER, number,
                        technician(t)));
                cores.get((t + 2) % INSTANCES).accept().accept(new AcceptRequestCommand(technician(t), number));
                core.onSite().markOnSite(new MarkOnSiteCommand(technician(t), number));
            }
            return null;
        });

        long total = (long) THREADS * perThread;
        PostgresDatabase any = instances.get(2);
        List<Long> numbers = any.read(h -> h.createQuery("SELECT number FROM requests ORDER BY number")
                .mapTo(Long.class).list());
        assertThat(numbers).as("numbers unique and, with no unit rolled back, gap-free")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(count(any, "SELECT count(*) FROM requests WHERE status = 'ONSITE' AND version = 4")).isEqualTo(total);
        assertThat(count(any, "SELECT count(*) FROM request_history")).isEqualTo(4 * total);
        assertThat(count(any, "SELECT count(*) FROM audit_log WHERE request IS NOT NULL")).isEqualTo(4 * total);
    }

    @Test
    void one_press_of_accept_delivered_to_six_threads_on_three_instances_makes_one_move() {
        RequestNumber number = cores.getFirst().create().create(new CreateRequestCommand(DISPATCHER,
                Requests.draft(), UUID.randomUUID().toString())).request().number();
        cores.get(1).assign().assign(new AssignTechnicianCommand(DISPATCHER, number, technician(0)));

        List<Boolean> changed = race(t -> {
            try {
                return cores.get(t % INSTANCES).accept().accept(new AcceptRequestCommand(technician(0), number))
                        .changed();
            } catch (RuntimeException refused) {
                return false; // the request moved on under this press: refused, nothing changed
            }
        });

        assertThat(changed.stream().filter(c -> c).count()).isEqualTo(1);
        assertThat(count(instances.getFirst(), "SELECT count(*) FROM request_history WHERE number = "
                + number.value() + " AND to_status = 'ACCEPTED'")).isEqualTo(1);
    }

    private static long count(PostgresDatabase database, String sql) {
        Long value = database.read(h -> h.createQuery(sql).mapTo(Long.class).one());
        return value;
    }

    private <T> List<T> race(IntFunction<T> task) {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int index = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    return task.apply(index);
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(120, TimeUnit.SECONDS));
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            assertThat(failures).isEmpty();
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
