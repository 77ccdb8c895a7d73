package com.repairbot.adapter.sqlite;

import java.sql.SQLException;

/**
 * SQLite refused a statement run through {@link SqliteDatabase}'s prepared statements (what Jdbi's
 * {@code UnableToExecuteStatementException} is for its statements). The message has SQLite's reason and the SQL,
 * never the bound values: those are clients' names, phones and addresses.
 */
public final class SqliteStatementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SqliteStatementException(String sql, SQLException cause) {
        super(cause.getMessage() + " [statement:\"" + sql + "\"]", cause);
    }
}
