package org.clockwise.core.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.ResultSet;

/** Plain SQL for assertions on what the database really holds. */
public final class Db {

    private Db() {
    }

    @SuppressWarnings("unchecked")
    public static TransactionOperations<Connection> transactions() {
        return CoreContext.get().getBean(Argument.of(TransactionOperations.class, Connection.class));
    }

    public static long count(String sql, Object... params) {
        return transactions().executeRead(status -> CoreContext.bean(JdbcOperations.class).prepareStatement(sql, ps -> {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }
}
