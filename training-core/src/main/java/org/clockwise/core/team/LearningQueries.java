package org.clockwise.core.team;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.clockwise.core.team.metrics.Completion;
import org.clockwise.core.team.metrics.Publication;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Completion facts for a set of reps: what the knowledge-sharing and coverage views are made of. */
@Singleton
@Connectable
public class LearningQueries {

    private final JdbcOperations jdbc;
    private final Map<String, List<String>> cellsByVersion = new ConcurrentHashMap<>();

    LearningQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Completion> completions(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("SELECT user_id, course_id, completed_at FROM completions WHERE user_id = ANY (?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            List<Completion> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Completion(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
            return list;
        });
    }

    /** The most recently first-published live modules, newest first. */
    public List<Publication> recentModules(int limit) {
        return jdbc.prepareStatement("SELECT id, first_published_at FROM courses WHERE retired_at IS NULL "
                + "ORDER BY first_published_at DESC, id LIMIT ?", ps -> {
            ps.setInt(1, limit);
            List<Publication> list = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Publication(rs.getString(1), rs.getTimestamp(2).toInstant()));
                }
            }
            return list;
        });
    }

    /**
     * For each "phase|persona": how many of these reps completed at least one module covering both,
     * by the phases and personas of the version they completed. A published version never changes,
     * so its cells are read once and kept.
     */
    public Map<String, Integer> coverage(Collection<Long> repIds) {
        if (repIds.isEmpty()) {
            return Map.of();
        }
        record Done(long repId, String version) {
        }
        List<Done> done = jdbc.prepareStatement("SELECT user_id, course_id, version FROM completions WHERE user_id = ANY (?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", repIds.toArray()));
            List<Done> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Done(rs.getLong(1), rs.getString(2) + "#" + rs.getInt(3)));
                }
            }
            return rows;
        });
        if (done.stream().anyMatch(d -> !cellsByVersion.containsKey(d.version()))) {
            loadVersionCells();
        }
        Map<String, Set<Long>> reps = new HashMap<>();
        for (Done d : done) {
            for (String cell : cellsByVersion.getOrDefault(d.version(), List.of())) {
                reps.computeIfAbsent(cell, k -> new HashSet<>()).add(d.repId());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        reps.forEach((cell, who) -> counts.put(cell, who.size()));
        return counts;
    }

    /** Reads the phase × persona cells of every published version ("course#version" → "phase|persona"). */
    private void loadVersionCells() {
        jdbc.prepareStatement("SELECT course_id, version, phases, personas FROM course_versions", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> cells = new ArrayList<>();
                    for (String phase : (String[]) rs.getArray(3).getArray()) {
                        for (String persona : (String[]) rs.getArray(4).getArray()) {
                            cells.add(phase + "|" + persona);
                        }
                    }
                    cellsByVersion.put(rs.getString(1) + "#" + rs.getInt(2), List.copyOf(cells));
                }
            }
            return null;
        });
    }
}
