package com.repairbot.domain.request;

import static com.repairbot.domain.request.Fixtures.ADMIN;
import static com.repairbot.domain.request.Fixtures.ASSIGNED_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.DISPATCHER;
import static com.repairbot.domain.request.Fixtures.OTHER_TECHNICIAN;
import static com.repairbot.domain.request.Fixtures.inStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.domain.request.PhoneVisibility.Viewer;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The rules that had several copies, each now one named policy (ADR 0021), against every status. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RulesWithNamesTest {

    private static Set<Status> where(java.util.function.Predicate<Status> rule) {
        return Arrays.stream(Status.values()).filter(rule).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Status.class)));
    }

    @Test
    void office_is_a_dispatcher_or_an_admin_and_nobody_else() {
        assertThat(DISPATCHER.isOffice()).isTrue();
        assertThat(ADMIN.isOffice()).isTrue();
        assertThat(Actor.of(new UserId(9), Role.TECHNICIAN, Role.DISPATCHER).isOffice()).isTrue();
        assertThat(ASSIGNED_TECHNICIAN.isOffice()).isFalse();
        assertThat(Actor.of(new UserId(9)).isOffice()).isFalse();
    }

    @Test
    void the_office_sees_the_phone_always_the_assigned_technician_from_on_site_on_anyone_else_never() {
        assertThat(where(s -> PhoneVisibility.visibleTo(DISPATCHER, inStatus(s)))).containsExactlyInAnyOrder(
                Status.values());
        assertThat(where(s -> PhoneVisibility.visibleTo(ASSIGNED_TECHNICIAN, inStatus(s))))
                .containsExactlyInAnyOrder(Status.ONSITE, Status.LONG_REPAIR, Status.CLOSED);
        assertThat(where(s -> PhoneVisibility.visibleTo(OTHER_TECHNICIAN, inStatus(s)))).isEmpty();
        assertThat(where(s -> PhoneVisibility.visible(Viewer.SOMEONE_ELSE, inStatus(s)))).isEmpty();
        assertThat(where(s -> inStatus(s).phoneVisibleToTechnician()))
                .containsExactlyInAnyOrder(Status.ONSITE, Status.LONG_REPAIR, Status.CLOSED);
    }

    @Test
    void an_admin_and_the_technician_read_a_technicians_phone_in_full_a_dispatcher_does_not() {
        Technician technician = Technician.added(ASSIGNED_TECHNICIAN.id(), PhoneNumber.parse("+79990000300"),
                new Specialization("стиральные машины"));

        assertThat(technician.phoneVisibleTo(ADMIN)).isTrue();
        assertThat(technician.phoneVisibleTo(ASSIGNED_TECHNICIAN)).isTrue();
        assertThat(technician.phoneVisibleTo(DISPATCHER)).isTrue();
        assertThat(technician.phoneVisibleTo(OTHER_TECHNICIAN)).isFalse();
        assertThat(technician.toString()).doesNotContain("+79990000300");
    }

    @Test
    void who_reads_a_request_is_told_apart_by_role_and_assignment() {
        assertThat(PhoneVisibility.viewerOf(ADMIN, inStatus(Status.ASSIGNED))).isEqualTo(Viewer.OFFICE);
        assertThat(PhoneVisibility.viewerOf(ASSIGNED_TECHNICIAN, inStatus(Status.ASSIGNED)))
                .isEqualTo(Viewer.ASSIGNED_TECHNICIAN);
        assertThat(PhoneVisibility.viewerOf(OTHER_TECHNICIAN, inStatus(Status.ASSIGNED)))
                .isEqualTo(Viewer.SOMEONE_ELSE);
    }

    @Test
    void the_office_may_ping_while_a_technician_works_the_request() {
        assertThat(where(s -> inStatus(s).mayPing(DISPATCHER)))
                .containsExactlyInAnyOrder(Status.ASSIGNED, Status.ACCEPTED, Status.ONSITE, Status.LONG_REPAIR);
        assertThat(where(s -> inStatus(s).mayPing(ASSIGNED_TECHNICIAN))).isEmpty();
    }
}
