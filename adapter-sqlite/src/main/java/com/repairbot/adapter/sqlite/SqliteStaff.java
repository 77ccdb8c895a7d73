package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Staff;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.ChatId;
import com.repairbot.domain.staff.Person;
import com.repairbot.domain.staff.Role;
import com.repairbot.domain.staff.Specialization;
import com.repairbot.domain.staff.Technician;
import com.repairbot.domain.staff.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * Roles granted in the product ({@code staff_roles}, one row per user and role), technicians
 * ({@code technicians}, one row each) and people by name and language ({@code people}, one row each). The SQL is
 * declared once on {@link Rows}; this class maps between the rows and the domain. Roles, technicians and people are
 * kept in memory for as long as {@code staff_version} has not moved, read again at most every {@link #RECHECK} (see
 * {@link #current()}): a change committed by this process is seen at once, one committed by another process on the
 * same file within {@link #RECHECK}.
 */
public final class SqliteStaff implements Staff {

    /** The statements, as a Jdbi SqlObject; bound to a handle for one call at a time. */
    interface Rows {

        // the primary key (user_id, role) makes a second grant a no-op rather than an error
        @SqlUpdate("INSERT INTO staff_roles (user_id, role) VALUES (:user, :role) ON CONFLICT DO NOTHING")
        void grant(@Bind("user") long user, @Bind("role") String role);

        @SqlUpdate("DELETE FROM staff_roles WHERE user_id = :user AND role = :role")
        void revoke(@Bind("user") long user, @Bind("role") String role);

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

    /** More people than any repair company has staff: past it a snapshot starts afresh rather than grow. */
    private static final int MOST_CACHED = 10_000;

    /** Raised by triggers on every change of {@code staff_roles}, {@code technicians} (V6) and {@code people} (V7). */
    private static final String VERSION = "SELECT version FROM staff_version WHERE id = 1";

    // what the update lanes read (and a first contact writes) runs on statements prepared once per connection, read
    // and bound by hand (ADR 0036); what an admin does goes through the SqlObject above
    private static final String ROLES = "SELECT role FROM staff_roles WHERE user_id = ?";
    private static final String HOLDERS = "SELECT user_id FROM staff_roles WHERE role = ? ORDER BY user_id";
    private static final String TECHNICIAN = "SELECT user_id, phone, specialization, active, work_group"
            + " FROM technicians WHERE user_id = ?";
    private static final String SAVE_PERSON = "INSERT INTO people (user_id, first_name, last_name, username,"
            + " given_name, language, language_chosen) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (user_id) DO UPDATE SET first_name = excluded.first_name,"
            + " last_name = excluded.last_name, username = excluded.username, given_name = excluded.given_name,"
            + " language = excluded.language, language_chosen = excluded.language_chosen";
    private static final Rows.TechnicianRow TECHNICIAN_ROW = new Rows.TechnicianRow();
    private static final String PERSON = "SELECT user_id, first_name, last_name, username, given_name, language,"
            + " language_chosen FROM people WHERE user_id = ?";

    /**
     * How long what was read is used before {@code staff_version} is read again: every update asks for its sender
     * and their roles (two reads of the version, 5 % of the bot's CPU in the rig, issue 19), and staff change a few
     * times a year. A change committed by this process is seen at once (see {@link #changedHere}); one committed by
     * another process on the same file (the terminal, a second bot) within this long: shorter than anyone's
     * reaction, so that a press made this long after a revocation elsewhere is no different from one made just
     * before it; at 2,500 updates a second it leaves 10 reads of the version a second instead of 5,000.
     */
    static final Duration RECHECK = Duration.ofMillis(100);

    private final SqliteDatabase database;
    private final LongSupplier nanos;
    /** Raised after each commit of a staff change of this process's own: a snapshot of an older one is not used. */
    private final AtomicLong changesHere = new AtomicLong();
    /**
     * What was read at one {@code staff_version}: every update asks for the roles (authorisation), and they change
     * a few times a year. Any process may change them, so a snapshot is used for {@link #RECHECK} after the version
     * was last read, then the version is read again and a new snapshot started when it moved.
     */
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(-1, -1, 0));

    /** @param database the file */
    public SqliteStaff(SqliteDatabase database) {
        this(database, System::nanoTime);
    }

    /** @param nanos the clock that times {@link #RECHECK} (tests move it by hand) */
    SqliteStaff(SqliteDatabase database, LongSupplier nanos) {
        this.database = database;
        this.nanos = nanos;
    }

    /**
     * Roles, holders and technicians as read at one version. What is put in was read after that version was, so
     * it is never older than it (it may be newer: then the version has moved and the snapshot is dropped at the
     * next read of the version).
     */
    private static final class Snapshot {

        final long version;
        /** {@link #changesHere} when the version was read */
        final long changes;
        /** When the version was last read and found this one ({@link #nanos}) */
        volatile long checkedAt;
        final Map<Long, Set<Role>> roles = new ConcurrentHashMap<>();
        final Map<Role, List<UserId>> holders = new ConcurrentHashMap<>();
        final Map<Long, Optional<Technician>> technicians = new ConcurrentHashMap<>();
        final Map<Long, Optional<Person>> people = new ConcurrentHashMap<>();

        Snapshot(long version, long changes, long checkedAt) {
            this.version = version;
            this.changes = changes;
            this.checkedAt = checkedAt;
        }

        <K, V> V get(Map<K, V> map, K key, Supplier<V> load) {
            V cached = map.get(key);
            if (cached != null) {
                return cached;
            }
            V loaded = load.get();
            if (map.size() >= MOST_CACHED) {
                map.clear();
            }
            map.putIfAbsent(key, loaded);
            return loaded;
        }
    }

    /**
     * @return the snapshot to read from; empty inside a unit of work whose transaction changed staff (what it sees
     *         is not committed and may be rolled back: it is read, never cached)
     */
    private Optional<Snapshot> current() {
        long changes = changesHere.get();
        Snapshot known = snapshot.get();
        boolean insideUnit = database.insideUnit();
        long now = nanos.getAsLong();
        if (!insideUnit && known.changes == changes && now - known.checkedAt < RECHECK.toNanos()) {
            return Optional.of(known);
        }
        // prepared once per connection, as the loads below (ADR 0036)
        long version = database.read(handle -> database.findOne(handle, VERSION, SqliteDatabase.NO_PARAMETERS,
                row -> row.getLong(1)).orElseThrow());
        if (known.version == version && known.changes == changes) {
            if (!insideUnit && now - known.checkedAt > 0) {
                known.checkedAt = now;
            }
            return Optional.of(known);
        }
        if (insideUnit) {
            return Optional.empty();
        }
        Snapshot fresh = new Snapshot(version, changes, now);
        // versions only grow: a reader that raced a newer one uses its own snapshot and does not install it
        Snapshot installed = snapshot.accumulateAndGet(fresh, (old, young) -> young.version > old.version
                || young.version == old.version && young.changes > old.changes ? young : old);
        return Optional.of(installed.version == version && installed.changes == changes ? installed : fresh);
    }

    /** In a unit that changes staff: once it is committed, no snapshot read before is used again. */
    private void changedHere() {
        database.afterCommit(changesHere::incrementAndGet);
    }

    @Override
    public Set<Role> grantedRoles(UserId user) {
        return current().map(s -> s.get(s.roles, user.value(), () -> load(user))).orElseGet(() -> load(user));
    }

    private Set<Role> load(UserId user) {
        List<String> names = database.read(handle -> database.list(handle, ROLES,
                statement -> statement.setLong(1, user.value()), row -> row.getString(1)));
        Set<Role> granted = EnumSet.noneOf(Role.class);
        names.forEach(name -> granted.add(Role.valueOf(name)));
        return Set.copyOf(granted);
    }

    @Override
    public void grant(UserId user, Role role) {
        database.write(handle -> {
            handle.attach(Rows.class).grant(user.value(), role.name());
            changedHere();
            return null;
        });
    }

    @Override
    public void revoke(UserId user, Role role) {
        database.write(handle -> {
            handle.attach(Rows.class).revoke(user.value(), role.name());
            changedHere();
            return null;
        });
    }

    @Override
    public List<UserId> withRole(Role role) {
        return current().map(s -> s.get(s.holders, role, () -> loadHolders(role)))
                .orElseGet(() -> loadHolders(role));
    }

    private List<UserId> loadHolders(Role role) {
        return database.read(handle -> database.list(handle, HOLDERS, statement -> statement.setString(1, role.name()),
                row -> new UserId(row.getLong(1))));
    }

    @Override
    public Optional<Technician> technician(UserId id) {
        return current().map(s -> s.get(s.technicians, id.value(), () -> loadTechnician(id)))
                .orElseGet(() -> loadTechnician(id));
    }

    private Optional<Technician> loadTechnician(UserId id) {
        return database.read(handle -> database.findOne(handle, TECHNICIAN,
                statement -> statement.setLong(1, id.value()), row -> TECHNICIAN_ROW.map(row, null)));
    }

    @Override
    public void saveTechnician(Technician technician) {
        database.write(handle -> {
            handle.attach(Rows.class).saveTechnician(technician.id().value(), technician.phone().e164(),
                    technician.specialization().value(), technician.active(),
                    technician.workGroup().map(ChatId::value).orElse(null));
            changedHere();
            return null;
        });
    }

    @Override
    public List<Technician> technicians() {
        return database.read(handle -> handle.attach(Rows.class).technicians());
    }

    /** Every update asks for its sender (whether their name changed, which language they read): kept like roles. */
    @Override
    public Optional<Person> person(UserId id) {
        return current().map(s -> s.get(s.people, id.value(), () -> loadPerson(id)))
                .orElseGet(() -> loadPerson(id));
    }

    private Optional<Person> loadPerson(UserId id) {
        return database.read(handle -> database.findOne(handle, PERSON, statement -> statement.setLong(1, id.value()),
                SqliteStaff::person));
    }

    /** @return the {@code people} row as a {@link Person} */
    private static Person person(ResultSet row) throws SQLException {
        String language = row.getString(6);
        return new Person(new UserId(row.getLong(1)), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), Optional.ofNullable(language).map(Locale::forLanguageTag), row.getBoolean(7));
    }

    @Override
    public void savePerson(Person person) {
        database.write(handle -> {
            changedHere();
            return database.update(handle, SAVE_PERSON, statement -> {
                statement.setLong(1, person.id().value());
                statement.setString(2, person.firstName());
                statement.setString(3, person.lastName());
                statement.setString(4, person.username());
                statement.setString(5, person.givenName());
                statement.setString(6, person.language().map(Locale::toLanguageTag).orElse(null));
                statement.setBoolean(7, person.languageChosen());
            });
        });
    }
}
