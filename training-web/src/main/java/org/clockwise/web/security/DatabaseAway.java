package org.clockwise.web.security;

import io.micronaut.data.connection.exceptions.ConnectionException;
import org.clockwise.core.db.DatabaseUnavailableException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Predicate;

/**
 * Whether an error means the database cannot serve right now (issue 13, faults): it is restarting,
 * refusing connections, gone, or out of disk; the pool gave up waiting for a connection. Such a
 * request is answered 503 "try again" rather than 500, since trying again is the right thing to do.
 */
final class DatabaseAway {

    private DatabaseAway() {
    }

    static boolean causedIt(Throwable error) {
        return anyCause(error, DatabaseAway::away);
    }

    /** PostgreSQL's {@code disk_full} (SQLState 53100) anywhere in the cause chain: reads still work, writes cannot land. */
    static boolean diskFull(Throwable error) {
        return anyCause(error, t -> t instanceof SQLException sql && "53100".equals(sql.getSQLState()));
    }

    private static boolean anyCause(Throwable error, Predicate<Throwable> test) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean away(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectionException || t instanceof DatabaseUnavailableException) {
            return true; // the pool waited connection-timeout for a connection, or a pooled one was cut
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
            return true; // Hikari's stand-in for a connection it evicted while in use
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exceptions; 57P01-57P03: admin or crash shutdown, cannot connect now;
            // 53: insufficient resources (53100 disk full, 53300 too many connections)
            return state.startsWith("08") || state.startsWith("57P") || state.startsWith("53");
        }
        return false;
    }
}
