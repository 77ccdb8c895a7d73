package com.repairbot.adapter.sqlite;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.assembly.Core;
import com.repairbot.application.dialog.UseCases;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.MarkOnSiteCommand;
import com.repairbot.application.port.in.RefuseRequestCommand;
import com.repairbot.application.port.in.RequestChangeResult;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.RefusalReason;
import com.repairbot.domain.request.RepairRequest;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The real core assembled on a database file (no messenger: notifications stay in the outbox), with a small
 * cast: one configured admin, one configured dispatcher and technicians added through the use cases.
 */
final class CoreOnSqlite {

    static final UserId ADMIN = new UserId(1);
    static final UserId DISPATCHER = new UserId(2);

    final SqliteDatabase database;
    final UseCases useCases;

    CoreOnSqlite(SqliteDatabase database, Clock clock) {
        this.database = database;
        Core core = Core.builder(ApplicationSettings.defaults(Set.of(ADMIN), Set.of(DISPATCHER)),
                        SqliteStores.on(database, clock, Duration.ofDays(2)))
                .messenger((chat, message) -> { }).clock(clock).ids(() -> UUID.randomUUID().toString())
                .assemble();
        this.useCases = core.useCases();
    }

    static UserId technician(int i) {
        return new UserId(1000 + i);
    }

    static ChatId workGroup(int i) {
        return new ChatId(-1000 - i);
    }

    /** Adds technician {@code i} and binds their work group, as the admin does it. */
    void hire(int i) {
        useCases.addTechnician().addTechnician(new AddTechnicianCommand(ADMIN, technician(i),
                new PhoneNumber("+7999100%04d".formatted(i)), new Specialization("стиральные машины")));
        useCases.bindGroup().bind(new BindWorkGroupCommand(ADMIN, technician(i), workGroup(i)));
    }

    /** @return a new request entered by the dispatcher, its client's phone made from {@code n} */
    RepairRequest create(int n) {
        return useCases.create().create(new CreateRequestCommand(DISPATCHER,
                Requests.draft("+7999200%04d".formatted(n % 10_000)), UUID.randomUUID().toString())).request();
    }

    RequestChangeResult assign(RequestNumber number, int technician) {
        return useCases.assign().assign(new AssignTechnicianCommand(DISPATCHER, number, technician(technician)));
    }

    RequestChangeResult accept(RequestNumber number, int technician) {
        return useCases.accept().accept(new AcceptRequestCommand(technician(technician), number));
    }

    RequestChangeResult onSite(RequestNumber number, int technician) {
        return useCases.onSite().markOnSite(new MarkOnSiteCommand(technician(technician), number));
    }

    RequestChangeResult complete(RequestNumber number, int technician) {
        return useCases.complete().complete(new CompleteRequestCommand(technician(technician), number,
                Money.rubles(5_000), Money.rubles(500), true, false));
    }

    RequestChangeResult refuse(RequestNumber number) {
        return useCases.refuse().refuse(new RefuseRequestCommand(DISPATCHER, number,
                new RefusalReason("Клиент передумал")));
    }

    // --- what is in the file, read with SQL so that the checks do not depend on the adapters under test

    long count(String sql, Object... arguments) {
        return database.read(handle -> {
            var query = handle.createQuery(sql);
            for (int i = 0; i < arguments.length; i++) {
                query.bind(i, arguments[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }

    List<Long> numbers() {
        return database.read(handle -> handle.createQuery("SELECT number FROM requests ORDER BY number")
                .mapTo(Long.class).list());
    }

    /** @return the request's history as {@code FROM->TO} moves, oldest first ({@code ->NEW} for the creation) */
    List<String> moves(long number) {
        return database.read(handle -> handle.createQuery("SELECT coalesce(from_status, '') || '->' || to_status "
                        + "FROM request_history WHERE number = ? ORDER BY id")
                .bind(0, number).mapTo(String.class).list());
    }

    /** @return the request's audit actions, oldest first */
    List<String> auditActions(long number) {
        return database.read(handle -> handle.createQuery("SELECT action FROM audit_log WHERE request = ? "
                        + "ORDER BY id")
                .bind(0, number).mapTo(String.class).list());
    }

    /** @return the request's outbox rows as {@code KIND>recipient}, sorted */
    List<String> outbox(long number) {
        return database.read(handle -> handle.createQuery("SELECT kind || '>' || recipient FROM outbox "
                        + "WHERE request = ? ORDER BY kind, recipient")
                .bind(0, number).mapTo(String.class).list());
    }
}
