package db.migration.sqlite;

import com.repairbot.application.port.out.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 8 (issue 15): the words requests are found by, and an audit log a person can read.
 *
 * <ul>
 *   <li>{@code request_words}: each word of a client's name and address, normalised by
 *       {@link SearchTerms#wordsOf} (lower case, ё as е; SQLite's own {@code lower()} knows ASCII only, which is
 *       why this migration is Java), with the request's number. A search for the beginning of a word is a range
 *       over its primary key. The words of the requests stored before are written here.</li>
 *   <li>{@code audit_log.old_value} / {@code new_value}: what an edit changed, and the text of notes added;
 *       indexes to read one request's or one person's entries, newest first.</li>
 * </ul>
 */
public final class V8__search_words_and_readable_audit extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE request_words ("
                    + " word   TEXT    NOT NULL,"
                    + " number INTEGER NOT NULL REFERENCES requests (number),"
                    + " PRIMARY KEY (word, number)) WITHOUT ROWID");
            ddl.execute("CREATE INDEX request_words_by_number ON request_words (number)");
            ddl.execute("ALTER TABLE audit_log ADD COLUMN old_value TEXT");
            ddl.execute("ALTER TABLE audit_log ADD COLUMN new_value TEXT");
            ddl.execute("CREATE INDEX audit_by_request ON audit_log (request, id)");
            ddl.execute("CREATE INDEX audit_by_actor ON audit_log (actor, id)");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT number, client_name, client_address FROM requests");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT OR IGNORE INTO request_words (word, number) VALUES (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String word : SearchTerms.wordsOf(rows.getString("client_name"), rows.getString("client_address"))) {
                    insert.setString(1, word);
                    insert.setLong(2, rows.getLong("number"));
                    insert.addBatch();
                    pending++;
                }
                if (pending >= 1_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
