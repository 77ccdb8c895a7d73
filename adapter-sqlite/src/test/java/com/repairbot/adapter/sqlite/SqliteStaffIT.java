package com.repairbot.adapter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.out.Staff;
import com.repairbot.application.port.out.contract.StaffContract;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.util.IdentityHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The staff contract on SQLite (the second store of the contract is a second stack of connections on the same
 * file, as a second process has), then the snapshot of roles this store keeps (every update asks for them): what a
 * committed change changes is seen at once, and what a rolled-back unit did is never cached.
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

    @Override
    protected Staff anotherStoreOnTheSameData(Staff store) {
        return new SqliteStaff(databases.openAgain(files.get(store)));
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void a_granted_or_revoked_role_is_seen_at_once_after_it_was_read_before() {
        SqliteStaff staff = new SqliteStaff(databases.open());
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
    void a_grant_inside_a_unit_that_rolls_back_is_seen_by_that_unit_and_then_by_no_one() {
        SqliteDatabase database = databases.open();
        SqliteStaff staff = new SqliteStaff(database);
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
