package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.EditRequestFieldCommand;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.money.ProfitSplitPolicy;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.Completion;
import com.repairbot.domain.request.FieldChange;
import com.repairbot.domain.request.HistoryEntry;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.UserId;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression: an admin could not correct the money of a CLOSED request. Now total, materials, review and
 * out-of-city are corrected by an admin only, split again by the configured policy, with old → new values in
 * the history and the audit.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AdminCorrectsClosedRequestMoneyTest {

    /** Not the default policy, so that the test sees the configured one is used. */
    private static final ProfitSplitPolicy POLICY = new ProfitSplitPolicy(Money.rubles(6000), 60, 30, 5, 15);

    private final World world = new World(World.settings(10, POLICY));

    /** Closed by the technician with 5 000 ₽, materials 1 000 ₽, no review, in town. */
    private RequestNumber closed() {
        RequestNumber number = world.requestIn(Status.CLOSED);
        world.drainOutbox();
        world.clock.advance(Duration.ofMinutes(5));
        return number;
    }

    static Stream<FieldChange.MoneyChange> corrections() {
        return Stream.of(new FieldChange.Total(Money.rubles(9000)), new FieldChange.Materials(Money.rubles(200)),
                new FieldChange.ReviewTaken(true), new FieldChange.OutOfCity(true));
    }

    @Test
    void an_admin_corrects_the_total_and_the_split_is_computed_again_by_the_configured_policy() {
        RequestNumber number = closed();

        world.lifecycle.edit(new EditRequestFieldCommand(ADMIN, number, new FieldChange.Total(Money.rubles(9000))));

        Completion money = world.request(number).completion().orElseThrow();
        assertThat(money).isEqualTo(Completion.of(Money.rubles(9000), Money.rubles(1000), false, false, POLICY));
        assertThat(money.split().technicianPercent()).isEqualTo(60);
        assertThat(world.request(number).status()).isEqualTo(Status.CLOSED);
        assertThat(world.history(number).getLast()).isEqualTo(new HistoryEntry(number, Optional.of(Status.CLOSED),
                Status.CLOSED, ADMIN, world.clock.instant(), "field:total 5000.00 → 9000.00"));
        assertThat(world.lastAudit()).isEqualTo(new AuditEntry(world.clock.instant(), ADMIN, "request.edit.total",
                Optional.of(number), "5000.00 → 9000.00", Optional.of("5000.00"), Optional.of("9000.00")));
    }

    @Test
    void an_admin_marks_the_trip_out_of_city_and_the_bonus_is_added() {
        RequestNumber number = closed();

        world.lifecycle.edit(new EditRequestFieldCommand(ADMIN, number, new FieldChange.OutOfCity(true)));

        assertThat(world.request(number).completion().orElseThrow().split().technicianPercent()).isEqualTo(45);
        assertThat(world.lastAudit().details()).isEqualTo("no → yes");
    }

    @ParameterizedTest
    @MethodSource("corrections")
    void a_dispatcher_is_refused_and_nothing_changes(FieldChange.MoneyChange change) {
        assertRefused(DISPATCHER, change);
    }

    @ParameterizedTest
    @MethodSource("corrections")
    void the_technician_who_closed_it_is_refused_and_nothing_changes(FieldChange.MoneyChange change) {
        assertRefused(TECHNICIAN, change);
    }

    @Test
    void an_admin_may_not_correct_money_before_the_request_is_closed() {
        RequestNumber number = world.requestIn(Status.ONSITE);
        World.Snapshot before = world.snapshot(number);

        assertThatThrownBy(() -> world.lifecycle.edit(new EditRequestFieldCommand(ADMIN, number,
                new FieldChange.Total(Money.rubles(9000))))).isInstanceOf(ActionNotPermittedException.class);
        assertThat(world.snapshot(number)).isEqualTo(before);
    }

    @Test
    void materials_above_the_total_are_refused_and_nothing_changes() {
        RequestNumber number = closed();
        World.Snapshot before = world.snapshot(number);

        assertThatThrownBy(() -> world.lifecycle.edit(new EditRequestFieldCommand(ADMIN, number,
                new FieldChange.Materials(Money.rubles(5001)))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("materials.exceed_total"));
        assertThat(world.snapshot(number)).isEqualTo(before);
    }

    private void assertRefused(UserId who, FieldChange.MoneyChange change) {
        RequestNumber number = closed();
        World.Snapshot before = world.snapshot(number);

        assertThatThrownBy(() -> world.lifecycle.edit(new EditRequestFieldCommand(who, number, change)))
                .isInstanceOfSatisfying(ActionNotPermittedException.class,
                        e -> assertThat(e.action()).isEqualTo("edit." + change.field().code()));
        assertThat(world.snapshot(number)).isEqualTo(before);
    }
}
