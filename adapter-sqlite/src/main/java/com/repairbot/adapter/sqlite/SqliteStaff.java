package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * Roles granted in the product ({@code staff_roles}, one row per user and role) and technicians
 * ({@code technicians}, one row each). The SQL is declared once on {@link Rows}; this class maps between
 * the rows and the domain.
 */
public final class SqliteStaff implements Staff {

    /** The statements, as a Jdbi SqlObject; bound to a handle for one call at a time. */
    interface Rows {

        @SqlQuery("SELECT role FROM staff_roles WHERE user_id = :user")
        List<String> roles(@Bind("user") long user);

        // the primary key (user_id, role) makes a second grant a no-op rather than an error
        @SqlUpdate("INSERT INTO staff_roles (user_id, role) VALUES (:user, :role) ON CONFLICT DO NOTHING")
        void grant(@Bind("user") long user, @Bind("role") String role);

        @SqlUpdate("DELETE FROM staff_roles WHERE user_id = :user AND role = :role")
        void revoke(@Bind("user") long user, @Bind("role") String role);

        @SqlQuery("SELECT user_id FROM staff_roles WHERE role = :role ORDER BY user_id")
        List<Long> withRole(@Bind("role") String role);

        @SqlQuery("SELECT user_id, phone, specialization, active, work_group FROM technicians WHERE user_id = :id")
        @UseRowMapper(TechnicianRow.class)
        Optional<Technician> technician(@Bind("id") long id);

        @SqlUpdate("INSERT INTO technicians (user_id, phone, specialization, active, work_group) "
                + "VALUES (:id, :phone, :specialization, :active, :work_group) "
                + "ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone, "
                + "specialization = excluded.specialization, active = excluded.active, "
                + "work_group = excluded.work_group")
        void saveTechnician(@Bind("id") long id, @Bind("phone") String phone,
                            @Bind("specialization") String specialization, @Bind("active") boolean active,
                            @Bind("work_group") Long workGroup);

        @SqlQuery("SELECT user_id, phone, specialization, active, work_group FROM technicians ORDER BY user_id")
        @UseRowMapper(TechnicianRow.class)
        List<Technician> technicians();

        /**
         * A {@code technicians} row as a {@link Technician}.
         * Jdbi creates it through a public lookup, so it must be a public class with a public constructor: as a
         * member of an interface it is, yet it cannot be named outside this package because the interface cannot.
         */
        final class TechnicianRow implements RowMapper<Technician> {

            @Override
            public Technician map(ResultSet rs, StatementContext ctx) throws SQLException {
                long group = rs.getLong("work_group");
                Optional<ChatId> workGroup = rs.wasNull() ? Optional.empty() : Optional.of(new ChatId(group));
                return new Technician(new UserId(rs.getLong("user_id")), new PhoneNumber(rs.getString("phone")),
                        new Specialization(rs.getString("specialization")), rs.getBoolean("active"), workGroup);
            }
        }
    }

    /** More people than any repair company has staff: past it the cache starts afresh rather than grow. */
    private static final int MOST_CACHED = 10_000;

    private final SqliteDatabase database;
    /**
     * Granted roles by user: every update asks for them (authorisation), and they change a few times a year.
     * Only this class writes them, so it forgets them after each commit that changed them ({@link #changed}).
     */
    private final Map<Long, Set<Role>> roles = new ConcurrentHashMap<>();
    /** Who holds each role, for the notifications of every new request; forgotten with {@link #roles}. */
    private final Map<Role, List<UserId>> holders = new ConcurrentHashMap<>();
    /** Counts changes, so that a read that overlapped a change does not cache what it read. */
    private final AtomicLong changes = new AtomicLong();
    /** A unit of work changed roles and has not ended yet: inside units, read the database (writer thread only). */
    private boolean changing;

    /** @param database the file */
    public SqliteStaff(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Set<Role> grantedRoles(UserId user) {
        if (database.insideUnit() && changing) {
            return load(user); // this unit (or one before it in the group) changed them, not committed yet
        }
        Set<Role> cached = roles.get(user.value());
        if (cached != null) {
            return cached;
        }
        long before = changes.get();
        Set<Role> loaded = load(user);
        if (changes.get() == before) {
            if (roles.size() >= MOST_CACHED) {
                roles.clear();
            }
            roles.putIfAbsent(user.value(), loaded);
        }
        return loaded;
    }

    private Set<Role> load(UserId user) {
        List<String> names = database.read(handle -> handle.attach(Rows.class).roles(user.value()));
        Set<Role> granted = EnumSet.noneOf(Role.class);
        names.forEach(name -> granted.add(Role.valueOf(name)));
        return Set.copyOf(granted);
    }

    @Override
    public void grant(UserId user, Role role) {
        database.write(handle -> {
            handle.attach(Rows.class).grant(user.value(), role.name());
            changing = true;
            database.afterWrite(this::changed);
            return null;
        });
    }

    @Override
    public void revoke(UserId user, Role role) {
        database.write(handle -> {
            handle.attach(Rows.class).revoke(user.value(), role.name());
            changing = true;
            database.afterWrite(this::changed);
            return null;
        });
    }

    /** After the commit (or rollback) of a change: whatever was read before it may be stale. */
    private void changed() {
        changes.incrementAndGet();
        roles.clear();
        holders.clear();
        changing = false;
    }

    @Override
    public List<UserId> withRole(Role role) {
        if (database.insideUnit() && changing) {
            return loadHolders(role);
        }
        List<UserId> cached = holders.get(role);
        if (cached != null) {
            return cached;
        }
        long before = changes.get();
        List<UserId> loaded = loadHolders(role);
        if (changes.get() == before) {
            holders.putIfAbsent(role, loaded);
        }
        return loaded;
    }

    private List<UserId> loadHolders(Role role) {
        return database.read(handle -> handle.attach(Rows.class).withRole(role.name())).stream()
                .map(UserId::new).toList();
    }

    @Override
    public Optional<Technician> technician(UserId id) {
        return database.read(handle -> handle.attach(Rows.class).technician(id.value()));
    }

    @Override
    public void saveTechnician(Technician technician) {
        database.write(handle -> {
            handle.attach(Rows.class).saveTechnician(technician.id().value(), technician.phone().e164(),
                    technician.specialization().value(), technician.active(),
                    technician.workGroup().map(ChatId::value).orElse(null));
            return null;
        });
    }

    @Override
    public List<Technician> technicians() {
        return database.read(handle -> handle.attach(Rows.class).technicians());
    }
}
