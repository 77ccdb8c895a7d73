package com.repairbot.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.ApplicationSettings;
import com.repairbot.application.memory.InMemoryStaff;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.staff.Actor;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorizerTest {

    private static UserId user(long id) {
        return new UserId(id);
    }

    private final InMemoryStaff staff = new InMemoryStaff();
    private final Authorizer authorizer = new Authorizer(
            ApplicationSettings.defaults(Set.of(user(50), user(5)), Set.of(user(7), user(5))), staff);

    @Test
    void configured_and_granted_roles_merge() {
        staff.grant(user(5), Role.TECHNICIAN);

        Actor actor = authorizer.actorOf(user(5));

        assertThat(actor.id()).isEqualTo(user(5));
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.DISPATCHER, Role.TECHNICIAN);
    }

    @Test
    void a_role_both_configured_and_granted_is_held_once() {
        staff.grant(user(7), Role.DISPATCHER);

        assertThat(authorizer.actorOf(user(7)).roles()).containsExactly(Role.DISPATCHER);
    }

    @Test
    void someone_neither_configured_nor_granted_holds_no_role() {
        assertThat(authorizer.actorOf(user(99)).isStaff()).isFalse();
    }

    @Test
    void configured_roles_are_only_those_of_the_configuration() {
        staff.grant(user(7), Role.ADMIN);

        assertThat(authorizer.configuredRoles(user(7))).containsExactly(Role.DISPATCHER);
        assertThat(authorizer.configuredRoles(user(5))).containsExactlyInAnyOrder(Role.ADMIN, Role.DISPATCHER);
        assertThat(authorizer.configuredRoles(user(99))).isEmpty();
    }

    @Test
    void require_returns_the_actor_holding_any_of_the_roles() {
        staff.grant(user(8), Role.TECHNICIAN);

        Actor actor = authorizer.require(user(8), "anything", Role.ADMIN, Role.TECHNICIAN);

        assertThat(actor.roles()).containsExactly(Role.TECHNICIAN);
    }

    @Test
    void require_refuses_someone_without_any_of_the_roles_naming_the_action() {
        staff.grant(user(8), Role.TECHNICIAN);

        assertThatThrownBy(() -> authorizer.require(user(8), "request.list", Role.ADMIN, Role.DISPATCHER))
                .isInstanceOfSatisfying(ActionNotPermittedException.class, e -> {
                    assertThat(e.action()).isEqualTo("request.list");
                    assertThat(e.number()).isEmpty();
                });
    }

    @Test
    void holders_merge_configured_and_granted_users_in_ascending_id_order_without_duplicates() {
        staff.grant(user(3), Role.ADMIN);
        staff.grant(user(50), Role.ADMIN);
        staff.grant(user(100), Role.DISPATCHER);

        assertThat(authorizer.holders(Role.ADMIN)).containsExactly(user(3), user(5), user(50));
        assertThat(authorizer.holders(Role.DISPATCHER)).containsExactly(user(5), user(7), user(100));
    }

    @Test
    void technicians_come_only_from_grants() {
        staff.grant(user(12), Role.TECHNICIAN);
        staff.grant(user(11), Role.TECHNICIAN);

        assertThat(authorizer.holders(Role.TECHNICIAN)).containsExactly(user(11), user(12));
    }

    @Test
    void a_revoked_grant_is_no_longer_held() {
        staff.grant(user(3), Role.ADMIN);
        staff.revoke(user(3), Role.ADMIN);

        assertThat(authorizer.holders(Role.ADMIN)).containsExactly(user(5), user(50));
        assertThat(authorizer.actorOf(user(3)).has(Role.ADMIN)).isFalse();
    }
}
