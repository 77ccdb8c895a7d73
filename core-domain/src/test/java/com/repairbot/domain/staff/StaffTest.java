package com.repairbot.domain.staff;

import static com.repairbot.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.domain.contact.PhoneNumber;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StaffTest {

    private static final UserId ID = new UserId(42);

    @Nested
    class A_user_id {

        @ParameterizedTest
        @ValueSource(strings = {"42", " 42 ", "+42"})
        void is_read_from_a_positive_number(String text) {
            assertThat(UserId.parse(text)).isEqualTo(ID);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"abc", "0", "-5", "4.2", "99999999999999999999", "@ivan"})
        void refuses_anything_else(String text) {
            assertRefused(() -> UserId.parse(text), "user_id.invalid");
        }

        @Test
        void prints_as_the_bare_number() {
            assertThat(new UserId(123456789L)).hasToString("123456789");
        }
    }

    @Nested
    class A_chat_id {

        @Test
        void may_be_negative_for_a_group() {
            assertThat(new ChatId(-1001234567890L)).hasToString("-1001234567890");
            assertThat(new ChatId(42).value()).isEqualTo(42);
        }

        @Test
        void is_never_zero() {
            assertRefused(() -> new ChatId(0), "chat_id.invalid");
        }
    }

    @Nested
    class A_specialization {

        @Test
        void has_two_to_a_hundred_characters() {
            assertThat(new Specialization(" стиральные машины ")).hasToString("стиральные машины");
            assertThat(new Specialization("ТВ").value()).isEqualTo("ТВ");
            assertThat(new Specialization("с".repeat(100)).value()).hasSize(100);
            assertRefused(() -> new Specialization("с"), "specialization.length", 2, 100);
            assertRefused(() -> new Specialization("с".repeat(101)), "specialization.length", 2, 100);
        }
    }

    @Nested
    class An_actor {

        @Test
        void holds_the_roles_the_server_found() {
            Actor actor = Actor.of(ID, Role.DISPATCHER, Role.TECHNICIAN);

            assertThat(actor.has(Role.DISPATCHER)).isTrue();
            assertThat(actor.has(Role.TECHNICIAN)).isTrue();
            assertThat(actor.has(Role.ADMIN)).isFalse();
            assertThat(actor.isStaff()).isTrue();
        }

        @Test
        void without_a_role_is_not_staff() {
            Actor client = Actor.of(ID);

            assertThat(client.roles()).isEmpty();
            assertThat(client.isStaff()).isFalse();
            assertThat(client.has(Role.ADMIN)).isFalse();
        }

        @Test
        void keeps_its_own_copy_of_the_roles() {
            Set<Role> roles = EnumSet.of(Role.TECHNICIAN);
            Actor actor = new Actor(ID, roles);
            roles.add(Role.ADMIN);

            assertThat(actor.has(Role.ADMIN)).isFalse();
            assertThatThrownBy(() -> actor.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void equals_another_with_the_same_id_and_roles() {
            assertThat(Actor.of(ID, Role.ADMIN, Role.DISPATCHER)).isEqualTo(new Actor(ID, Set.of(Role.DISPATCHER,
                    Role.ADMIN)));
        }

        @Test
        void needs_an_id() {
            assertThatThrownBy(() -> Actor.of(null, Role.ADMIN)).isInstanceOf(NullPointerException.class);
        }
    }

    @Nested
    class A_technician {

        private final PhoneNumber phone = PhoneNumber.parse("+79990000000");
        private final Specialization specialization = new Specialization("холодильники");

        @Test
        void once_added_is_active_but_not_assignable_before_a_work_group_is_bound() {
            Technician added = Technician.added(ID, phone, specialization);

            assertThat(added.active()).isTrue();
            assertThat(added.workGroup()).isEmpty();
            assertThat(added.assignable()).isFalse();
        }

        @Test
        void with_a_work_group_becomes_assignable() {
            Technician bound = Technician.added(ID, phone, specialization).withWorkGroup(new ChatId(-100));

            assertThat(bound.workGroup()).contains(new ChatId(-100));
            assertThat(bound.assignable()).isTrue();
        }

        @Test
        void once_deactivated_is_not_assignable_and_keeps_the_group() {
            Technician inactive = Technician.added(ID, phone, specialization).withWorkGroup(new ChatId(-100))
                    .withActive(false);

            assertThat(inactive.active()).isFalse();
            assertThat(inactive.workGroup()).contains(new ChatId(-100));
            assertThat(inactive.assignable()).isFalse();
            assertThat(inactive.withActive(true).assignable()).isTrue();
        }

        @Test
        void needs_every_part() {
            assertThatThrownBy(() -> new Technician(null, phone, specialization, true, Optional.empty()))
                    .hasMessage("id");
            assertThatThrownBy(() -> new Technician(ID, null, specialization, true, Optional.empty()))
                    .hasMessage("phone");
            assertThatThrownBy(() -> new Technician(ID, phone, null, true, Optional.empty()))
                    .hasMessage("specialization");
            assertThatThrownBy(() -> new Technician(ID, phone, specialization, true, null))
                    .hasMessage("workGroup");
        }

        @Test
        void prints_the_phone_masked() {
            assertThat(Technician.added(ID, phone, specialization).toString())
                    .doesNotContain("+79990000000").contains("+7******0000");
        }
    }
}
