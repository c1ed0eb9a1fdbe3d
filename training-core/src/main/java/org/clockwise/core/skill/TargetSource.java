package org.clockwise.core.skill;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The target policy in force: the published catalog's `targets:` bands, or the platform defaults. */
@Singleton
@Connectable
public class TargetSource {

    private static final Argument<List<Map<String, Object>>> ROWS = Argument.listOf(Argument.mapOf(String.class, Object.class));

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    TargetSource(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public TargetPolicy policy() {
        String stored = jdbc.prepareStatement("SELECT targets::text FROM library_settings", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "[]";
            }
        });
        List<Map<String, Object>> bands = parse(stored);
        if (bands.isEmpty()) {
            return new TargetPolicy();
        }
        return new TargetPolicy(new TargetSettings(bands.stream().map(TargetSource::band).toList()));
    }

    @SuppressWarnings("unchecked")
    private static TargetSettings.Band band(Map<String, Object> row) {
        Map<String, Double> skills = new HashMap<>();
        ((Map<String, Object>) row.getOrDefault("skills", Map.of())).forEach((k, v) -> skills.put(k, ((Number) v).doubleValue()));
        Object to = row.get("toDay");
        return new TargetSettings.Band(((Number) row.get("fromDay")).intValue(), to == null ? null : ((Number) to).intValue(),
                ((Number) row.get("default")).doubleValue(), skills);
    }

    private List<Map<String, Object>> parse(String text) {
        try {
            return json.readValue(text, ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
