package com.repairbot.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What every {@link Staff} must do. An adapter's test extends it and says how to make an empty one. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
public abstract class StaffContract {

    private static final UserId ANNA = new UserId(10);
    private static final UserId BORIS = new UserId(9);
    private static final UserId VERA = new UserId(5_000_000_000L);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Staff staff;

    /** @return an empty store, a new one for each test */
    protected abstract Staff newStore();

    /**
     * @return a second store on the same data, as another process opens it (with its own connections and whatever
     *         it keeps in memory); the store itself for one that lives in one process only
     */
    protected Staff anotherStoreOnTheSameData(Staff store) {
        return store;
    }

    @BeforeEach
    void startFromAnEmptyStore() {
        staff = newStore();
    }

    @Test
    void a_user_never_granted_anything_has_no_granted_roles() {
        assertThat(staff.grantedRoles(ANNA)).isEmpty();
        assertThat(staff.withRole(Role.ADMIN)).isEmpty();
    }

    @Test
    void granted_roles_are_given_back() {
        staff.grant(ANNA, Role.DISPATCHER);
        staff.grant(ANNA, Role.ADMIN);

        assertThat(staff.grantedRoles(ANNA)).containsExactlyInAnyOrder(Role.ADMIN, Role.DISPATCHER);
        assertThat(staff.grantedRoles(BORIS)).isEmpty();
    }

    @Test
    void granting_a_role_held_already_changes_nothing() {
        staff.grant(ANNA, Role.DISPATCHER);
        staff.grant(ANNA, Role.DISPATCHER);

        assertThat(staff.grantedRoles(ANNA)).containsExactly(Role.DISPATCHER);
        assertThat(staff.withRole(Role.DISPATCHER)).containsExactly(ANNA);
    }

    @Test
    void revoking_takes_away_only_that_role() {
        staff.grant(ANNA, Role.DISPATCHER);
        staff.grant(ANNA, Role.ADMIN);

        staff.revoke(ANNA, Role.ADMIN);

        assertThat(staff.grantedRoles(ANNA)).containsExactly(Role.DISPATCHER);
        assertThat(staff.withRole(Role.ADMIN)).isEmpty();
        assertThat(staff.withRole(Role.DISPATCHER)).containsExactly(ANNA);
    }

    @Test
    void revoking_a_role_not_held_changes_nothing() {
        staff.grant(ANNA, Role.DISPATCHER);

        staff.revoke(ANNA, Role.ADMIN);
        staff.revoke(ANNA, Role.ADMIN);
        staff.revoke(BORIS, Role.DISPATCHER);

        assertThat(staff.grantedRoles(ANNA)).containsExactly(Role.DISPATCHER);
        assertThat(staff.grantedRoles(BORIS)).isEmpty();
        assertThat(staff.withRole(Role.DISPATCHER)).containsExactly(ANNA);
    }

    @Test
    void a_role_revoked_can_be_granted_again() {
        staff.grant(ANNA, Role.ADMIN);
        staff.revoke(ANNA, Role.ADMIN);
        staff.grant(ANNA, Role.ADMIN);

        assertThat(staff.grantedRoles(ANNA)).containsExactly(Role.ADMIN);
        assertThat(staff.withRole(Role.ADMIN)).containsExactly(ANNA);
    }

    @Test
    void users_with_a_role_come_in_ascending_numeric_id_order() {
        staff.grant(ANNA, Role.DISPATCHER);
        staff.grant(VERA, Role.DISPATCHER);
        staff.grant(BORIS, Role.DISPATCHER);
        staff.grant(new UserId(1), Role.ADMIN);

        assertThat(staff.withRole(Role.DISPATCHER)).containsExactly(BORIS, ANNA, VERA);
        assertThat(staff.withRole(Role.ADMIN)).containsExactly(new UserId(1));
        assertThat(staff.withRole(Role.TECHNICIAN)).isEmpty();
    }

    @Test
    void an_unknown_technician_is_not_found() {
        staff.saveTechnician(technician(ANNA));

        assertThat(staff.technician(BORIS)).isEmpty();
    }

    @Test
    void a_technician_without_a_work_group_comes_back_as_saved() {
        Technician added = technician(ANNA);

        staff.saveTechnician(added);

        assertThat(staff.technician(ANNA)).contains(added);
    }

    @Test
    void a_technician_with_a_work_group_comes_back_as_saved() {
        Technician bound = new Technician(VERA, new PhoneNumber("+4915112345678"),
                new Specialization("Kühlschränke, «посудомойки» & 'кофемашины' ☕"), false,
                Optional.of(new ChatId(-1_001_234_567_890L)));

        staff.saveTechnician(bound);

        assertThat(staff.technician(VERA)).contains(bound);
    }

    @Test
    void saving_a_technician_again_replaces_it() {
        staff.saveTechnician(technician(ANNA));
        Technician changed = technician(ANNA).withWorkGroup(new ChatId(-100_500)).withActive(false);

        staff.saveTechnician(changed);

        assertThat(staff.technician(ANNA)).contains(changed);
        assertThat(staff.technicians()).containsExactly(changed);
    }

    @Test
    void a_work_group_can_be_changed_to_another() {
        staff.saveTechnician(technician(ANNA).withWorkGroup(new ChatId(-1)));
        Technician rebound = technician(ANNA).withWorkGroup(new ChatId(-2));

        staff.saveTechnician(rebound);

        assertThat(staff.technician(ANNA)).contains(rebound);
    }

    @Test
    void technicians_come_in_ascending_numeric_id_order() {
        staff.saveTechnician(technician(ANNA));
        staff.saveTechnician(technician(VERA));
        staff.saveTechnician(technician(BORIS));

        assertThat(staff.technicians()).extracting(Technician::id).containsExactly(BORIS, ANNA, VERA);
    }

    @Test
    void there_are_no_technicians_in_an_empty_store() {
        assertThat(staff.technicians()).isEmpty();
    }

    private static Technician technician(UserId id) {
        return Technician.added(id, new PhoneNumber("+7999000" + String.format("%04d", id.value() % 10_000)),
                new Specialization("стиральные машины"));
    }

    @Test
    void roles_and_technicians_read_before_a_change_are_read_changed_after_it() {
        staff.grant(ANNA, Role.DISPATCHER);
        staff.saveTechnician(technician(BORIS));
        assertThat(staff.grantedRoles(ANNA)).containsExactly(Role.DISPATCHER);
        assertThat(staff.withRole(Role.DISPATCHER)).containsExactly(ANNA);
        assertThat(staff.technician(BORIS)).contains(technician(BORIS));

        staff.revoke(ANNA, Role.DISPATCHER);
        Technician moved = technician(BORIS).withActive(false).withWorkGroup(new ChatId(-42));
        staff.saveTechnician(moved);

        assertThat(staff.grantedRoles(ANNA)).isEmpty();
        assertThat(staff.withRole(Role.DISPATCHER)).isEmpty();
        assertThat(staff.technician(BORIS)).contains(moved);
    }

    @Test
    void a_change_made_through_another_store_on_the_same_data_is_seen_by_the_next_read() {
        Staff other = anotherStoreOnTheSameData(staff);
        staff.grant(ANNA, Role.ADMIN);
        staff.saveTechnician(technician(BORIS));
        assertThat(other.grantedRoles(ANNA)).containsExactly(Role.ADMIN); // read, and perhaps kept
        assertThat(other.withRole(Role.ADMIN)).containsExactly(ANNA);
        assertThat(other.technician(BORIS)).contains(technician(BORIS));

        staff.revoke(ANNA, Role.ADMIN);
        staff.grant(VERA, Role.ADMIN);
        staff.saveTechnician(technician(BORIS).withActive(false));

        assertThat(other.grantedRoles(ANNA)).isEmpty();
        assertThat(other.withRole(Role.ADMIN)).containsExactly(VERA);
        assertThat(other.technician(BORIS).orElseThrow().active()).isFalse();
    }

    @Test
    void nothing_is_known_of_a_person_never_saved() {
        assertThat(staff.person(ANNA)).isEmpty();
    }

    @Test
    void a_person_comes_back_as_saved_with_names_and_language() {
        Person anna = new Person(ANNA, "Анна", "Петрова", "anna_p", "", Optional.of(Locale.ENGLISH), false);
        Person vera = new Person(VERA, "", "", "", "Вера Мастер", Optional.empty(), false);
        staff.savePerson(anna);
        staff.savePerson(vera);

        assertThat(staff.person(ANNA)).contains(anna);
        assertThat(staff.person(VERA)).contains(vera);
        assertThat(staff.person(BORIS)).isEmpty();
    }

    @Test
    void saving_a_person_again_replaces_what_was_known_and_is_read_changed_after_it() {
        Person first = new Person(ANNA, "Анна", "", "", "", Optional.of(RUSSIAN), false);
        staff.savePerson(first);
        assertThat(staff.person(ANNA)).contains(first); // read, and perhaps kept

        Person renamed = first.seenAs("Анна", "Петрова", "anna", Locale.ENGLISH).named("Анна П.")
                .choosing(Locale.ENGLISH);
        staff.savePerson(renamed);

        assertThat(staff.person(ANNA)).contains(renamed);
        assertThat(staff.person(ANNA).orElseThrow().languageChosen()).isTrue();
    }

    @Test
    void a_person_saved_through_another_store_on_the_same_data_is_seen_by_the_next_read() {
        Staff other = anotherStoreOnTheSameData(staff);
        assertThat(other.person(BORIS)).isEmpty(); // read, and perhaps kept

        Person boris = new Person(BORIS, "Борис", "Сидоров", "", "", Optional.of(RUSSIAN), false);
        staff.savePerson(boris);
        assertThat(other.person(BORIS)).contains(boris);

        staff.savePerson(boris.choosing(Locale.ENGLISH));
        assertThat(other.person(BORIS).orElseThrow().language()).contains(Locale.ENGLISH);
    }

}
