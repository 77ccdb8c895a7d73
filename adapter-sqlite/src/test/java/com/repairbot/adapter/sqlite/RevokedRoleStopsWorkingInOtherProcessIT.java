package com.repairbot.adapter.sqlite;

import static com.repairbot.adapter.sqlite.CoreOnSqlite.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.repairbot.application.port.in.RequestNotFoundException;
import com.repairbot.application.port.in.AcceptRequestCommand;
import com.repairbot.application.port.in.BindWorkGroupCommand;
import com.repairbot.application.port.in.CreateRequestCommand;
import com.repairbot.application.port.in.GrantRoleCommand;
import com.repairbot.application.port.in.OpenRequests;
import com.repairbot.application.port.in.RevokeRoleCommand;
import com.repairbot.application.port.in.SetTechnicianActiveCommand;
import com.repairbot.application.testing.Requests;
import com.repairbot.domain.request.ActionNotPermittedException;
import com.repairbot.domain.request.RequestNumber;
import com.repairbot.domain.request.Status;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.UserId;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Two processes on one database file (each with its own writer, readers and staff store, as a second bot or a
 * second terminal has): a change of rights committed by one is acted on by the other from its first use after
 * {@link SqliteStaff#RECHECK} (a tenth of a second), though the other has just read — and kept — the rights as they
 * were.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RevokedRoleStopsWorkingInOtherProcessIT {

    private static final UserId ANNA = new UserId(50);

    private final TemporaryDatabase databases = new TemporaryDatabase();
    private CoreOnSqlite first;
    private CoreOnSqlite second;

    @BeforeEach
    void twoProcessesOnOneFile() {
        SqliteDatabase database = databases.open();
        first = new CoreOnSqlite(database, Clock.systemUTC());
        second = new CoreOnSqlite(databases.openAgain(database), Clock.systemUTC());
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void a_role_revoked_in_one_process_stops_working_in_the_other_within_a_recheck() {
        first.useCases.grant().grant(new GrantRoleCommand(ADMIN, ANNA, Role.DISPATCHER));
        assertThat(createdBy(second, ANNA)).isNotNull(); // the second process has read (and kept) her roles

        first.useCases.revoke().revoke(new RevokeRoleCommand(ADMIN, ANNA, Role.DISPATCHER));
        aRecheckPasses();

        assertThatThrownBy(() -> createdBy(second, ANNA)).isInstanceOf(ActionNotPermittedException.class);
    }

    @Test
    void a_role_granted_in_one_process_works_in_the_other_within_a_recheck() {
        assertThatThrownBy(() -> createdBy(second, ANNA)).isInstanceOf(ActionNotPermittedException.class);

        first.useCases.grant().grant(new GrantRoleCommand(ADMIN, ANNA, Role.DISPATCHER));
        aRecheckPasses();

        assertThat(createdBy(second, ANNA)).isNotNull();
    }

    @Test
    void a_technician_deactivated_in_one_process_cannot_accept_in_the_other() {
        first.hire(1);
        RequestNumber number = first.create(1).number();
        second.assign(number, 1);
        RequestNumber other = first.create(2).number();
        second.assign(other, 1);
        assertThat(second.accept(other, 1).request().status()).isEqualTo(Status.ACCEPTED); // read and kept

        first.useCases.setActive().setActive(new SetTechnicianActiveCommand(ADMIN, CoreOnSqlite.technician(1),
                false, OpenRequests.KEEP));
        aRecheckPasses();

        assertThatThrownBy(() -> second.useCases.accept().accept(
                new AcceptRequestCommand(CoreOnSqlite.technician(1), number)))
                .isInstanceOf(RequestNotFoundException.class); // no longer his to see (issue 14, item 9)
    }

    @Test
    void a_work_group_bound_in_one_process_is_the_one_the_other_uses() {
        first.hire(1);
        SqliteStaff secondStaff = new SqliteStaff(second.database);
        assertThat(secondStaff.technician(CoreOnSqlite.technician(1)).orElseThrow().workGroup())
                .contains(CoreOnSqlite.workGroup(1));

        first.useCases.bindGroup().bind(new BindWorkGroupCommand(ADMIN, CoreOnSqlite.technician(1),
                new ChatId(-777)));
        aRecheckPasses();

        assertThat(secondStaff.technician(CoreOnSqlite.technician(1)).orElseThrow().workGroup())
                .contains(new ChatId(-777));
    }

    @Test
    void a_change_written_by_hand_into_the_file_is_seen_too() {
        SqliteStaff staff = new SqliteStaff(second.database);
        assertThat(staff.grantedRoles(ANNA)).isEmpty();
        assertThat(staff.withRole(Role.ADMIN)).isEmpty();

        first.database.write(handle -> handle.execute(
                "INSERT INTO staff_roles (user_id, role) VALUES (?, 'ADMIN')", ANNA.value()));
        aRecheckPasses();

        assertThat(staff.grantedRoles(ANNA)).containsExactly(Role.ADMIN);
        assertThat(staff.withRole(Role.ADMIN)).containsExactly(ANNA);
    }

    /** What another process committed is read again once this long has passed since the last read of the version. */
    private static void aRecheckPasses() {
        try {
            Thread.sleep(SqliteStaff.RECHECK.toMillis() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Object createdBy(CoreOnSqlite process, UserId user) {
        return process.useCases.create().create(new CreateRequestCommand(user, Requests.draft("+79990001122"),
                UUID.randomUUID().toString())).request();
    }
}
