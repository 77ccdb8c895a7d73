package db.migration.postgresql;

import com.repairbot.application.port.out.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 4 (issue 15), as SQLite's version 8: the words requests are found by, and an audit log a person can
 * read.
 *
 * <ul>
 *   <li>{@code request_words}: each word of a client's name and address, normalised by
 *       {@link SearchTerms#wordsOf} (in Java, so that the three stores read words alike), with the request's
 *       number. The column sorts by bytes ({@code COLLATE "C"}), so that the beginning of a word is a range
 *       over its primary key whatever the database's locale. The words of the requests stored before are
 *       written here.</li>
 *   <li>{@code audit_log.old_value} / {@code new_value}: what an edit changed, and the text of notes added;
 *       indexes to read one request's or one person's entries, newest first.</li>
 * </ul>
 */
public final class V4__search_words_and_readable_audit extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE request_words ("
                    + " word   text COLLATE \"C\" NOT NULL,"
                    + " number bigint NOT NULL REFERENCES requests (number),"
                    + " PRIMARY KEY (word, number))");
            ddl.execute("CREATE INDEX request_words_by_number ON request_words (number)");
            ddl.execute("ALTER TABLE audit_log ADD COLUMN old_value text, ADD COLUMN new_value text");
            ddl.execute("CREATE INDEX audit_by_request ON audit_log (request, id)");
            ddl.execute("CREATE INDEX audit_by_actor ON audit_log (actor, id)");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT number, client_name, client_address FROM requests");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO request_words (word, number) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
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
