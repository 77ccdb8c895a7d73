package com.repairbot.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.repairbot.adapter.postgres.testing.TemporaryPostgres;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The defect (found on SQLite, the same on PostgreSQL): Jdbi's exception message lists the bound arguments, so a
 * refused insert put the client's name, phone and notes into the log line and the error report.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostgresErrorsCarryNoClientDataIT {

    private static final String NAME = "Иванов Иван";
    private static final String NOTES = "Домофон 4521";

    private final TemporaryPostgres databases = new TemporaryPostgres();

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    void a_refused_statement_names_the_sql_but_not_the_values_bound_to_it() {
        PostgresDatabase database = databases.open();

        Throwable failure = catchThrowable(() -> database.write(handle -> handle
                .createUpdate("INSERT INTO no_such_table (client_name, notes) VALUES (:name, :notes)")
                .bind("name", NAME).bind("notes", NOTES).execute()));

        assertThat(failure).isNotNull();
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        assertThat(String.join("\n", messages)).contains("no_such_table").doesNotContain(NAME, NOTES);
    }
}
