package org.claimdesk.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A statement under construction with its parameters in order, and a way to read its rows. */
final class Sql {

    final StringBuilder sql;
    final List<Object> params = new ArrayList<>();

    Sql(String start) {
        sql = new StringBuilder(start);
    }

    Sql append(String text) {
        sql.append(text);
        return this;
    }

    /** {@code AND column >= from AND column < until}, each only when given. */
    Sql range(String column, Object from, Object until) {
        if (from != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            params.add(from);
        }
        if (until != null) {
            sql.append(" AND ").append(column).append(" < ?");
            params.add(until);
        }
        return this;
    }

    /** {@code AND column = lower(outlet)} when given: the summaries keep outlets lower-cased. */
    Sql outlet(String column, String outlet) {
        if (outlet != null) {
            sql.append(" AND ").append(column).append(" = lower(?)");
            params.add(outlet);
        }
        return this;
    }

    interface Row {
        void read(ResultSet r) throws SQLException;
    }

    void forEach(Connection db, Row row) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                s.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }
}
