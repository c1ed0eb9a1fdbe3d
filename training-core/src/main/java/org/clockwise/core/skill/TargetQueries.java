package org.clockwise.core.skill;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.db.JsonColumns;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The target policy in force: the published catalog's `targets:` bands, or the platform defaults.
 * Only a publication changes them, so the policy is kept per publication stamp
 * ({@link CourseQueries#stamp}) rather than read with every answer (issue 13, "Speed").
 */
@Singleton
@Connectable
public class TargetQueries {

    private final JdbcOperations jdbc;
    private final JsonColumns json;
    private final CourseQueries courses;

    /** The policy as read after publication {@code stamp} was seen: never older than that publication. */
    private record Kept(long stamp, TargetPolicy policy) {
    }

    private volatile Kept kept;

    TargetQueries(JdbcOperations jdbc, JsonColumns json, CourseQueries courses) {
        this.jdbc = jdbc;
        this.json = json;
        this.courses = courses;
    }

    public TargetPolicy policy() {
        // The stamp is taken before the bands are read, so what is kept is at least as new as its stamp.
        long stamp = courses.stamp();
        Kept k = kept;
        if (k != null && k.stamp() == stamp) {
            return k.policy();
        }
        TargetPolicy policy = read();
        kept = new Kept(stamp, policy);
        return policy;
    }

    private TargetPolicy read() {
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
