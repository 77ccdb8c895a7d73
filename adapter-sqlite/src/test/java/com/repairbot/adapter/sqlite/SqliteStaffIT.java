package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.contract.StaffContract;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The staff contract on SQLite (the second store of the contract is a second stack of connections on the same
 * file, as a second process has), then the snapshot of roles this store keeps (every update asks for them): what a
 * change committed by this process changes is seen at once, one by another process once {@link SqliteStaff#RECHECK}
 * has passed, and what a rolled-back unit did is never cached.
 */
class SqliteStaffIT extends StaffContract {

    private static final UserId USER = new UserId(77);

    private final TemporaryDatabase databases = new TemporaryDatabase();

    private final Map<Staff, SqliteDatabase> files = new IdentityHashMap<>();

    @Override
    protected Staff newStore() {
        SqliteDatabase database = databases.open();
        SqliteStaff staff = new SqliteStaff(database);
        files.put(staff, database);
        return staff;
    }

    /**
     * Another process reads again what a third one committed once {@link SqliteStaff#RECHECK} has passed: this one's
     * clock passes it between any two reads, so that the contract's "seen by the next read" holds; the bound itself
     * is tested below with a clock that stands still.
     */
    @Override
    protected Staff anotherStoreOnTheSameData(Staff store) {
        AtomicLong clock = new AtomicLong();
        return new SqliteStaff(databases.openAgain(files.get(store)),
                () -> clock.addAndGet(SqliteStaff.RECHECK.toNanos()));
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void a_change_committed_by_another_process_is_read_again_once_a_recheck_has_passed_not_at_every_read() {
        AtomicLong clock = new AtomicLong();
        SqliteDatabase database = databases.open();
        SqliteStaff other = new SqliteStaff(databases.openAgain(database), clock::get);
        SqliteStaff here = new SqliteStaff(database);
        assertThat(other.grantedRoles(USER)).isEmpty(); // read, and kept

        here.grant(USER, Role.ADMIN);
        clock.addAndGet(SqliteStaff.RECHECK.toNanos() - 1);
        assertThat(other.grantedRoles(USER)).as("within a recheck, what was kept").isEmpty();

        clock.incrementAndGet();
        assertThat(other.grantedRoles(USER)).containsExactly(Role.ADMIN);
        assertThat(other.withRole(Role.ADMIN)).containsExactly(USER);
    }

    @Test
    void a_granted_or_revoked_role_is_seen_at_once_after_it_was_read_before() {
        SqliteStaff staff = new SqliteStaff(databases.open(), () -> 0); // the clock stands still
        assertThat(staff.grantedRoles(USER)).isEmpty();
        assertThat(staff.withRole(Role.ADMIN)).isEmpty();

        staff.grant(USER, Role.ADMIN);
        assertThat(staff.grantedRoles(USER)).containsExactly(Role.ADMIN);
        assertThat(staff.withRole(Role.ADMIN)).containsExactly(USER);

        staff.revoke(USER, Role.ADMIN);
        assertThat(staff.grantedRoles(USER)).isEmpty();
        assertThat(staff.withRole(Role.ADMIN)).isEmpty();
    }

    @Test
    void a_change_made_inside_a_larger_unit_is_seen_at_once_when_that_unit_commits() {
        SqliteDatabase database = databases.open();
        SqliteStaff staff = new SqliteStaff(database, () -> 0); // the clock stands still
        assertThat(staff.grantedRoles(USER)).isEmpty(); // read, and kept
        assertThat(staff.person(USER)).isEmpty();
        Person person = new Person(USER, "Анна", "", "", "", Optional.empty(), false);

        database.write(handle -> {
            staff.grant(USER, Role.DISPATCHER);
            staff.savePerson(person);
            return handle.execute("INSERT INTO staff_roles (user_id, role) VALUES (?, 'ADMIN')", USER.value() + 1);
        });

        assertThat(staff.grantedRoles(USER)).containsExactly(Role.DISPATCHER);
        assertThat(staff.person(USER)).contains(person);
        assertThat(staff.withRole(Role.ADMIN)).containsExactly(new UserId(USER.value() + 1));
    }

    @Test
    void a_grant_inside_a_unit_that_rolls_back_is_seen_by_that_unit_and_then_by_no_one() {
        SqliteDatabase database = databases.open();
        SqliteStaff staff = new SqliteStaff(database, () -> 0); // the clock stands still
        assertThat(staff.grantedRoles(USER)).isEmpty(); // cached: no roles

        assertThatThrownBy(() -> database.write(handle -> {
            staff.grant(USER, Role.DISPATCHER);
            assertThat(staff.grantedRoles(USER)).containsExactly(Role.DISPATCHER); // its own write
            assertThat(staff.withRole(Role.DISPATCHER)).containsExactly(USER);
            throw new IllegalStateException("the unit fails after the grant");
        })).hasMessageContaining("the unit fails");

        assertThat(staff.grantedRoles(USER)).isEmpty();
        assertThat(staff.withRole(Role.DISPATCHER)).isEmpty();
    }
}
