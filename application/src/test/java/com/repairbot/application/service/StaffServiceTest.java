package com.repairbot.application.service;

import static com.repairbot.application.service.World.ADMIN;
import static com.repairbot.application.service.World.DISPATCHER;
import static com.repairbot.application.service.World.INACTIVE_TECHNICIAN;
import static com.repairbot.application.service.World.OTHER_TECHNICIAN;
import static com.repairbot.application.service.World.START;
import static com.repairbot.application.service.World.STRANGER;
import static com.repairbot.application.service.World.TECHNICIAN;
import static com.repairbot.application.service.World.TECHNICIAN_GROUP;
import static com.repairbot.application.service.World.TECHNICIAN_WITHOUT_GROUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.AddTechnicianCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.ConfiguredRoleException;
import com.repairbot.application.port.in.GrantRoleCommand;
import com.repairbot.application.port.in.ListTechniciansQuery;
import com.repairbot.application.port.in.RevokeRoleCommand;
import com.repairbot.application.port.in.RoleResult;
import com.repairbot.application.port.in.SetTechnicianActiveCommand;
import com.repairbot.application.port.in.TechnicianExistsException;
import com.repairbot.application.port.in.TechnicianNotFoundException;
import com.repairbot.application.port.in.TechnicianResult;
import com.repairbot.application.port.in.WorkGroupTakenException;
import com.repairbot.application.port.out.AuditEntry;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.shared.InvalidValueException;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StaffServiceTest {

    private static final UserId NEWCOMER = new UserId(20);
    private static final PhoneNumber PHONE = new PhoneNumber("+79161112233");
    private static final Specialization FRIDGES = new Specialization("холодильники");
    /** Staff changes touch no request: snapshots look at one that does not exist. */
    private static final RequestNumber NO_REQUEST = new RequestNumber(1);

    private final World world = new World();

    private AuditEntry audited(String action, String details) {
        return new AuditEntry(START, ADMIN, action, Optional.empty(), details);
    }

    private void assertRefused(Runnable change, String action) {
        assertChangesNothing(() -> assertThatThrownBy(change::run).isInstanceOfSatisfying(
                ActionNotPermittedException.class, e -> assertThat(e.action()).isEqualTo(action)));
    }

    private void assertConfigured(Runnable change, UserId user, Role role) {
        assertChangesNothing(() -> assertThatThrownBy(change::run).isInstanceOfSatisfying(
                ConfiguredRoleException.class, e -> {
                    assertThat(e.user()).isEqualTo(user);
                    assertThat(e.role()).isEqualTo(role);
                }));
    }

    private void assertChangesNothing(Runnable refused) {
        World.Snapshot before = world.snapshot(NO_REQUEST);
        Set<Role> newcomerRoles = world.staff.grantedRoles(NEWCOMER);

        refused.run();

        assertThat(world.snapshot(NO_REQUEST)).isEqualTo(before);
        assertThat(world.staff.grantedRoles(NEWCOMER)).isEqualTo(newcomerRoles);
    }

    @Nested
    class AddTechnician {

        @Test
        void re_adding_an_existing_technician_without_consent_is_refused_and_changes_nothing() {
            Technician before = world.staff.technician(TECHNICIAN).orElseThrow();
            World.Snapshot snapshot = world.snapshot(NO_REQUEST);

            assertThatThrownBy(() -> world.staffService.addTechnician(new AddTechnicianCommand(ADMIN, TECHNICIAN,
                    PHONE, FRIDGES))).isInstanceOfSatisfying(TechnicianExistsException.class,
                        e -> assertThat(e.existing()).isEqualTo(before));

            assertThat(world.snapshot(NO_REQUEST)).isEqualTo(snapshot);
        }

        @Test
        void an_admin_adds_an_active_technician_without_a_group_who_gets_the_technician_role() {
            TechnicianResult result = world.staffService.addTechnician(new AddTechnicianCommand(ADMIN, NEWCOMER, PHONE,
                    FRIDGES));

            Technician added = new Technician(NEWCOMER, PHONE, FRIDGES, true, Optional.empty());
            assertThat(result).isEqualTo(new TechnicianResult(added, true));
            assertThat(world.staff.technician(NEWCOMER)).contains(added);
            assertThat(world.staff.grantedRoles(NEWCOMER)).containsExactly(Role.TECHNICIAN);
            assertThat(world.auditEntries()).containsExactly(audited("technician.add", "user 20 холодильники"));
        }

        @Test
        void adding_again_with_consent_updates_phone_and_specialization_but_keeps_active_and_group() {
            world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN, TECHNICIAN, false));

            TechnicianResult result = world.staffService.addTechnician(new AddTechnicianCommand(ADMIN, TECHNICIAN,
                    PHONE, FRIDGES, true));

            Technician updated = new Technician(TECHNICIAN, PHONE, FRIDGES, false, Optional.of(TECHNICIAN_GROUP));
            assertThat(result.technician()).isEqualTo(updated);
            assertThat(world.staff.technician(TECHNICIAN)).contains(updated);
            assertThat(world.staff.grantedRoles(TECHNICIAN)).containsExactly(Role.TECHNICIAN);
            assertThat(world.lastAudit()).isEqualTo(audited("technician.update", "user 10 холодильники"));
        }

        @Test
        void a_dispatcher_may_not_add_a_technician() {
            assertRefused(() -> world.staffService.addTechnician(new AddTechnicianCommand(DISPATCHER, NEWCOMER, PHONE,
                    FRIDGES)), "technician.add");
            assertThat(world.staff.technician(NEWCOMER)).isEmpty();
        }
    }

    @Nested
    class SetActive {

        @Test
        void an_admin_deactivates_and_activates_a_technician() {
            TechnicianResult off = world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN, TECHNICIAN,
                    false));

            assertThat(off.changed()).isTrue();
            assertThat(off.technician().active()).isFalse();
            assertThat(world.staff.technician(TECHNICIAN).orElseThrow().active()).isFalse();
            assertThat(world.lastAudit()).isEqualTo(audited("technician.deactivate", "user 10"));

            TechnicianResult on = world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN, TECHNICIAN, true));

            assertThat(on.changed()).isTrue();
            assertThat(world.staff.technician(TECHNICIAN).orElseThrow().assignable()).isTrue();
            assertThat(world.lastAudit()).isEqualTo(audited("technician.activate", "user 10"));
        }

        @Test
        void setting_the_state_a_technician_has_already_changes_nothing() {
            World.Snapshot before = world.snapshot(NO_REQUEST);

            TechnicianResult result = world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN,
                    INACTIVE_TECHNICIAN, false));

            assertThat(result.changed()).isFalse();
            assertThat(result.technician()).isEqualTo(world.staff.technician(INACTIVE_TECHNICIAN).orElseThrow());
            assertThat(world.snapshot(NO_REQUEST)).isEqualTo(before);
        }

        @Test
        void a_technician_who_does_not_exist_cannot_be_activated() {
            assertThatThrownBy(() -> world.staffService.setActive(new SetTechnicianActiveCommand(ADMIN, NEWCOMER,
                    true)))
                    .isInstanceOfSatisfying(TechnicianNotFoundException.class,
                            e -> assertThat(e.id()).isEqualTo(NEWCOMER));
            assertThat(world.auditEntries()).isEmpty();
        }

        @Test
        void a_dispatcher_may_not_deactivate_a_technician() {
            assertRefused(() -> world.staffService.setActive(new SetTechnicianActiveCommand(DISPATCHER, TECHNICIAN,
                    false)), "technician.deactivate");
        }
    }

    @Nested
    class BindGroup {

        @Test
        void a_private_chat_id_is_not_a_work_group() {
            assertThatThrownBy(() -> new BindWorkGroupCommand(ADMIN, TECHNICIAN, new ChatId(12345)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("chat_id.not_group"));
        }

        @Test
        void binding_another_technicians_group_without_consent_is_refused_and_with_it_they_share_it() {
            World.Snapshot before = world.snapshot(NO_REQUEST);

            assertThatThrownBy(() -> world.staffService.bind(new BindWorkGroupCommand(ADMIN, TECHNICIAN_WITHOUT_GROUP,
                    TECHNICIAN_GROUP))).isInstanceOfSatisfying(WorkGroupTakenException.class,
                        e -> assertThat(e.owners()).containsExactly(TECHNICIAN));
            assertThat(world.snapshot(NO_REQUEST)).isEqualTo(before);

            world.staffService.bind(new BindWorkGroupCommand(ADMIN, TECHNICIAN_WITHOUT_GROUP, TECHNICIAN_GROUP, true));

            assertThat(world.staff.technician(TECHNICIAN_WITHOUT_GROUP).orElseThrow().workGroup())
                    .contains(TECHNICIAN_GROUP);
            assertThat(world.staff.technician(TECHNICIAN).orElseThrow().workGroup()).contains(TECHNICIAN_GROUP);
        }

        @Test
        void an_admin_binds_a_work_group_and_the_technician_becomes_assignable() {
            ChatId group = new ChatId(-130);

            TechnicianResult result = world.staffService.bind(new BindWorkGroupCommand(ADMIN, TECHNICIAN_WITHOUT_GROUP,
                    group));

            assertThat(result.changed()).isTrue();
            assertThat(result.technician().workGroup()).contains(group);
            assertThat(world.staff.technician(TECHNICIAN_WITHOUT_GROUP).orElseThrow().assignable()).isTrue();
            assertThat(world.lastAudit()).isEqualTo(audited("technician.bind_group", "user 13 group -130"));
        }

        @Test
        void binding_the_same_group_again_changes_nothing() {
            TechnicianResult result = world.staffService.bind(new BindWorkGroupCommand(ADMIN, TECHNICIAN,
                    TECHNICIAN_GROUP));

            assertThat(result.changed()).isFalse();
            assertThat(world.auditEntries()).isEmpty();
        }

        @Test
        void a_technician_may_not_bind_their_own_group() {
            assertRefused(() -> world.staffService.bind(new BindWorkGroupCommand(TECHNICIAN_WITHOUT_GROUP,
                    TECHNICIAN_WITHOUT_GROUP, new ChatId(-130))), "technician.bind_group");
            assertThat(world.staff.technician(TECHNICIAN_WITHOUT_GROUP).orElseThrow().workGroup()).isEmpty();
        }
    }

    @Nested
    class Roles {

        @Test
        void an_admin_grants_a_role_once() {
            RoleResult granted = world.staffService.grant(new GrantRoleCommand(ADMIN, NEWCOMER, Role.DISPATCHER));

            assertThat(granted).isEqualTo(new RoleResult(NEWCOMER, Set.of(Role.DISPATCHER), true));
            assertThat(world.auditEntries()).containsExactly(audited("role.grant", "user 20 DISPATCHER"));

            RoleResult again = world.staffService.grant(new GrantRoleCommand(ADMIN, NEWCOMER, Role.DISPATCHER));

            assertThat(again).isEqualTo(new RoleResult(NEWCOMER, Set.of(Role.DISPATCHER), false));
            assertThat(world.auditEntries()).hasSize(1);
        }

        @Test
        void granting_a_role_the_configuration_gives_already_changes_nothing() {
            RoleResult result = world.staffService.grant(new GrantRoleCommand(ADMIN, DISPATCHER, Role.DISPATCHER));

            assertThat(result.changed()).isFalse();
            assertThat(result.roles()).containsExactly(Role.DISPATCHER);
            assertThat(world.staff.grantedRoles(DISPATCHER)).isEmpty();
            assertThat(world.auditEntries()).isEmpty();
        }

        @Test
        void granted_roles_add_to_configured_ones() {
            RoleResult result = world.staffService.grant(new GrantRoleCommand(ADMIN, DISPATCHER, Role.TECHNICIAN));

            assertThat(result.roles()).containsExactlyInAnyOrder(Role.DISPATCHER, Role.TECHNICIAN);
        }

        @Test
        void a_dispatcher_may_not_grant_roles() {
            assertRefused(() -> world.staffService.grant(new GrantRoleCommand(DISPATCHER, NEWCOMER, Role.DISPATCHER)),
                    "role.grant");
        }

        @Test
        void an_admin_revokes_a_granted_role_once() {
            world.staffService.grant(new GrantRoleCommand(ADMIN, NEWCOMER, Role.DISPATCHER));
            world.staffService.grant(new GrantRoleCommand(ADMIN, NEWCOMER, Role.ADMIN));

            RoleResult revoked = world.staffService.revoke(new RevokeRoleCommand(ADMIN, NEWCOMER, Role.DISPATCHER));

            assertThat(revoked).isEqualTo(new RoleResult(NEWCOMER, Set.of(Role.ADMIN), true));
            assertThat(world.staff.grantedRoles(NEWCOMER)).containsExactly(Role.ADMIN);
            assertThat(world.lastAudit()).isEqualTo(audited("role.revoke", "user 20 DISPATCHER"));

            RoleResult again = world.staffService.revoke(new RevokeRoleCommand(ADMIN, NEWCOMER, Role.DISPATCHER));

            assertThat(again.changed()).isFalse();
            assertThat(world.auditEntries()).hasSize(3);
        }

        @Test
        void revoking_the_technician_role_leaves_no_role() {
            RoleResult result = world.staffService.revoke(new RevokeRoleCommand(ADMIN, OTHER_TECHNICIAN,
                    Role.TECHNICIAN));

            assertThat(result).isEqualTo(new RoleResult(OTHER_TECHNICIAN, Set.of(), true));
        }

        @Test
        void a_role_given_by_dispatcher_ids_cannot_be_revoked_in_the_product() {
            world.staff.grant(DISPATCHER, Role.DISPATCHER); // granted as well: configuration still wins

            assertConfigured(() -> world.staffService.revoke(new RevokeRoleCommand(ADMIN, DISPATCHER,
                    Role.DISPATCHER)), DISPATCHER, Role.DISPATCHER);
            assertThat(world.authorizer.actorOf(DISPATCHER).has(Role.DISPATCHER)).isTrue();
        }

        @Test
        void a_role_given_by_admin_ids_cannot_be_revoked_even_by_that_admin() {
            assertConfigured(() -> world.staffService.revoke(new RevokeRoleCommand(ADMIN, ADMIN, Role.ADMIN)),
                    ADMIN, Role.ADMIN);
        }

        @Test
        void a_granted_admin_may_revoke_a_granted_role_but_not_a_configured_one() {
            world.staffService.grant(new GrantRoleCommand(ADMIN, NEWCOMER, Role.ADMIN));

            assertThat(world.staffService.revoke(new RevokeRoleCommand(NEWCOMER, TECHNICIAN, Role.TECHNICIAN))
                    .changed()).isTrue();
            assertConfigured(() -> world.staffService.revoke(new RevokeRoleCommand(NEWCOMER, ADMIN, Role.ADMIN)),
                    ADMIN, Role.ADMIN);
        }

        @Test
        void a_dispatcher_may_not_revoke_roles() {
            assertRefused(() -> world.staffService.revoke(new RevokeRoleCommand(DISPATCHER, TECHNICIAN,
                    Role.TECHNICIAN)), "role.revoke");
            assertThat(world.staff.grantedRoles(TECHNICIAN)).containsExactly(Role.TECHNICIAN);
        }
    }

    @Nested
    class ListTechnicians {

        @Test
        void the_office_sees_every_technician_in_id_order() {
            for (UserId office : List.of(ADMIN, DISPATCHER)) {
                assertThat(world.staffService.technicians(new ListTechniciansQuery(office, false)).technicians())
                        .extracting(Technician::id)
                        .containsExactly(TECHNICIAN, OTHER_TECHNICIAN, INACTIVE_TECHNICIAN, TECHNICIAN_WITHOUT_GROUP);
            }
        }

        @Test
        void only_active_technicians_with_a_group_are_assignable() {
            assertThat(world.staffService.technicians(new ListTechniciansQuery(DISPATCHER, true)).technicians())
                    .extracting(Technician::id).containsExactly(TECHNICIAN, OTHER_TECHNICIAN);
        }

        @Test
        void technicians_and_strangers_may_not_list_technicians() {
            for (UserId outsider : List.of(TECHNICIAN, STRANGER)) {
                assertThatThrownBy(() -> world.staffService.technicians(new ListTechniciansQuery(outsider, false)))
                        .isInstanceOfSatisfying(ActionNotPermittedException.class,
                                e -> assertThat(e.action()).isEqualTo("technician.list"));
            }
        }
    }
}
