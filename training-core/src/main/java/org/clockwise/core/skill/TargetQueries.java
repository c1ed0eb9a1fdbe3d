package org.clockwise.core.skill;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.db.JsonColumns;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The target policy in force: the published catalog's `targets:` bands, or the platform defaults. */
@Singleton
@Connectable
public class TargetQueries {

    private final JdbcOperations jdbc;
    private final JsonColumns json;

    TargetQueries(JdbcOperations jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public TargetPolicy policy() {
        String stored = jdbc.prepareStatement("SELECT targets::text FROM library_settings", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "[]";
            }
        });
        List<Map<String, Object>> bands = json.rows(stored);
        if (bands.isEmpty()) {
            return new TargetPolicy();
        }
        return new TargetPolicy(new TargetSettings(bands.stream().map(TargetQueries::band).toList()));
    }

    @SuppressWarnings("unchecked")
    private static TargetSettings.Band band(Map<String, Object> row) {
        Map<String, Double> skills = new HashMap<>();
        ((Map<String, Object>) row.getOrDefault("skills", Map.of())).forEach((k, v) -> skills.put(k, ((Number) v).doubleValue()));
        Object to = row.get("toDay");
        return new TargetSettings.Band(((Number) row.get("fromDay")).intValue(), to == null ? null : ((Number) to).intValue(),
                ((Number) row.get("default")).doubleValue(), skills);
    }

}
