package com.repairbot.adapter.postgres;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Roles granted in the product ({@code staff_roles}), technicians ({@code technicians}) and people by name and
 * language ({@code people}). Unlike the SQLite
 * store, nothing is cached: another instance may grant or revoke a role at any moment, and a revoked right
 * must stop working on every instance at once. The look-up is one primary-key read per update.
 */
public final class PostgresStaff implements Staff {

    private static final String PERSON = "SELECT user_id, first_name, last_name, username, given_name, language,"
            + " language_chosen FROM people";
    private static final String TECHNICIAN = "SELECT user_id, phone, specialization, active, work_group"
            + " FROM technicians";

    private final PostgresDatabase database;

    /** @param database the database */
    public PostgresStaff(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public Set<Role> grantedRoles(UserId user) {
        List<String> names = database.read(handle -> handle.createQuery(
                        "SELECT role FROM staff_roles WHERE user_id = :user")
                .bind("user", user.value()).mapTo(String.class).list());
        Set<Role> granted = EnumSet.noneOf(Role.class);
        names.forEach(name -> granted.add(Role.valueOf(name)));
        return Set.copyOf(granted);
    }

    @Override
    public void grant(UserId user, Role role) {
        // the primary key (user_id, role) makes a second grant a no-op rather than an error
        database.write(handle -> handle.createUpdate("INSERT INTO staff_roles (user_id, role) VALUES (:user, :role)"
                        + " ON CONFLICT DO NOTHING")
                .bind("user", user.value()).bind("role", role.name()).execute());
    }

    @Override
    public void revoke(UserId user, Role role) {
        database.write(handle -> handle.createUpdate("DELETE FROM staff_roles WHERE user_id = :user AND role = :role")
                .bind("user", user.value()).bind("role", role.name()).execute());
    }

    @Override
    public List<UserId> withRole(Role role) {
        return database.read(handle -> handle.createQuery(
                        "SELECT user_id FROM staff_roles WHERE role = :role ORDER BY user_id")
                .bind("role", role.name()).mapTo(Long.class).list()).stream().map(UserId::new).toList();
    }

    @Override
    public Optional<Technician> technician(UserId id) {
        return database.read(handle -> handle.createQuery(TECHNICIAN + " WHERE user_id = :id")
                .bind("id", id.value()).map((rs, ctx) -> technician(rs)).findOne());
    }

    @Override
    public void saveTechnician(Technician technician) {
        database.write(handle -> handle.createUpdate("INSERT INTO technicians"
                        + " (user_id, phone, specialization, active, work_group)"
                        + " VALUES (:id, :phone, :specialization, :active, :work_group)"
                        + " ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone,"
                        + " specialization = excluded.specialization, active = excluded.active,"
                        + " work_group = excluded.work_group")
                .bind("id", technician.id().value())
                .bind("phone", technician.phone().e164())
                .bind("specialization", technician.specialization().value())
                .bind("active", technician.active())
                .bind("work_group", technician.workGroup().map(ChatId::value).orElse(null))
                .execute());
    }

    @Override
    public List<Technician> technicians() {
        return database.read(handle -> handle.createQuery(TECHNICIAN + " ORDER BY user_id")
                .map((rs, ctx) -> technician(rs)).list());
    }

    private static Technician technician(ResultSet rs) throws SQLException {
        long group = rs.getLong("work_group");
        Optional<ChatId> workGroup = rs.wasNull() ? Optional.empty() : Optional.of(new ChatId(group));
        return new Technician(new UserId(rs.getLong("user_id")), new PhoneNumber(rs.getString("phone")),
                new Specialization(rs.getString("specialization")), rs.getBoolean("active"), workGroup);
    }

    @Override
    public Optional<Person> person(UserId id) {
        return database.read(handle -> handle.createQuery(PERSON + " WHERE user_id = :id")
                .bind("id", id.value()).map((rs, ctx) -> person(rs)).findOne());
    }

    @Override
    public void savePerson(Person person) {
        database.write(handle -> handle.createUpdate("INSERT INTO people"
                        + " (user_id, first_name, last_name, username, given_name, language, language_chosen)"
                        + " VALUES (:id, :first, :last, :username, :given, :language, :chosen)"
                        + " ON CONFLICT (user_id) DO UPDATE SET first_name = excluded.first_name,"
                        + " last_name = excluded.last_name, username = excluded.username,"
                        + " given_name = excluded.given_name, language = excluded.language,"
                        + " language_chosen = excluded.language_chosen")
                .bind("id", person.id().value())
                .bind("first", person.firstName())
                .bind("last", person.lastName())
                .bind("username", person.username())
                .bind("given", person.givenName())
                .bind("language", person.language().map(Locale::toLanguageTag).orElse(null))
                .bind("chosen", person.languageChosen())
                .execute());
    }

    private static Person person(ResultSet rs) throws SQLException {
        String language = rs.getString("language");
        return new Person(new UserId(rs.getLong("user_id")), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("username"), rs.getString("given_name"),
                Optional.ofNullable(language).map(Locale::forLanguageTag), rs.getBoolean("language_chosen"));
    }
}
