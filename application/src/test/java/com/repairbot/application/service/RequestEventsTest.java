package com.repairbot.application.service;

import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.AssignTechnicianCommand;
import com.repairbot.application.port.in.CompleteRequestCommand;
import com.repairbot.domain.money.Money;
import com.repairbot.domain.request.RequestCreated;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.request.StatusChanged;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The service hands on the events the domain returns, instead of anybody re-deriving them from stored rows. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestEventsTest {

    private final World world = new World();

    @Test
    void a_creation_and_each_move_are_told_as_the_domain_events_with_their_action() {
        RequestNumber number = world.newRequest();
        world.lifecycle.assign(new AssignTechnicianCommand(DISPATCHER, number, TECHNICIAN));
        world.lifecycle.accept(new AcceptRequestCommand(TECHNICIAN, number));

        assertThat(world.events).hasSize(3);
        assertThat(world.events.get(0)).isInstanceOfSatisfying(RequestCreated.class,
                created -> assertThat(created.number()).isEqualTo(number));
        assertThat(world.events.subList(1, 3)).allSatisfy(event -> assertThat(event).isInstanceOf(StatusChanged.class))
                .extracting(event -> ((StatusChanged) event).action() + " " + ((StatusChanged) event).to())
                .containsExactly("assign " + Status.ASSIGNED, "accept " + Status.ACCEPTED);
    }

    @Test
    void a_refused_move_tells_nothing() {
        RequestNumber number = world.newRequest();
        int before = world.events.size();

        assertThatThrownBy(() -> world.lifecycle.complete(new CompleteRequestCommand(TECHNICIAN, number,
                Money.rubles(100), Money.rubles(0), false, false))).isInstanceOf(RuntimeException.class);

        assertThat(world.events).hasSize(before);
    }
}
