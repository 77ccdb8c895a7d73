package com.repairbot.adapter.sqlite;

import com.repairbot.application.port.out.Clients;
import com.repairbot.domain.client.ClientAccount;
import com.repairbot.domain.contact.PersonName;
import com.repairbot.domain.contact.PhoneNumber;
import com.repairbot.domain.staff.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** The clients known to the bot, one row each; a phone is on one row at most (a unique index). */
public final class SqliteClients implements Clients {

    private static final String COLUMNS = "user_id, phone, name, language, source";

    /** Asked on every client update: prepared once per connection (ADR 0036). */
    private static final String WITH_PHONE = "SELECT " + COLUMNS + " FROM clients WHERE phone = ?";

    private final SqliteDatabase database;

    /** @param database the file */
    public SqliteClients(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public Optional<ClientAccount> find(UserId user) {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM clients WHERE user_id = ?")
                .bind(0, user.value()).map(SqliteClients::client).findOne());
    }

    @Override
    public void save(ClientAccount client) {
        database.write(handle -> {
            client.phone().ifPresent(phone -> handle.createUpdate("UPDATE clients SET phone = NULL"
                    + " WHERE phone = :phone AND user_id <> :user")
                    .bind("phone", phone.e164()).bind("user", client.user().value()).execute());
            return handle.createUpdate("INSERT INTO clients (" + COLUMNS + ") VALUES (:user, :phone, :name,"
                            + " :language, :source) ON CONFLICT (user_id) DO UPDATE SET phone = excluded.phone,"
                            + " name = excluded.name, language = excluded.language, source = excluded.source")
                    .bind("user", client.user().value())
                    .bind("phone", client.phone().map(PhoneNumber::e164).orElse(null))
                    .bind("name", client.name().map(PersonName::value).orElse(null))
                    .bind("language", client.language())
                    .bind("source", client.source().orElse(null))
                    .execute();
        });
    }

    @Override
    public Optional<ClientAccount> withPhone(PhoneNumber phone) {
        return database.read(handle -> database.findOne(handle, WITH_PHONE, statement -> statement.setString(1,
                phone.e164()), SqliteClients::row));
    }

    private static ClientAccount client(ResultSet rs, StatementContext ctx) throws SQLException {
        return row(rs);
    }

    private static ClientAccount row(ResultSet rs) throws SQLException {
        return new ClientAccount(new UserId(rs.getLong("user_id")),
                Optional.ofNullable(rs.getString("phone")).map(PhoneNumber::new),
                Optional.ofNullable(rs.getString("name")).map(PersonName::new), rs.getString("language"),
                Optional.ofNullable(rs.getString("source")));
    }
}
