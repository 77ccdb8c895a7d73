package com.repairbot.adapter.postgres;

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
import java.util.Optional;
import java.util.Set;

/**
 * Roles granted in the product ({@code staff_roles}) and technicians ({@code technicians}). Unlike the SQLite
 * store, nothing is cached: another instance may grant or revoke a role at any moment, and a revoked right
 * must stop working on every instance at once. The look-up is one primary-key read per update.
 */
public final class PostgresStaff implements Staff {

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
}
