package org.clockwise.core.course;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One published module: its live version and where it sits in the catalog, as the library page
 * lists it and the daily plan chooses from it.
 *
 * @param id       stable module id
 * @param title    title shown to the rep
 * @param skills   skill ids it trains
 * @param phases   buying-cycle phase ids it covers
 * @param personas persona ids it covers
 * @param track    tenure track id, or {@code null}
 * @param order    position within the track, or {@code null} (sorts after numbered modules)
 * @param requires module ids that must be completed first
 * @param minutes  time to take it, whole minutes, 1 or more
 */
public record CourseSummary(String id, int version, String title, String summary, List<String> skills,
                            List<String> phases, List<String> personas, String level, String track, Integer order,
                            List<String> requires, int minutes, int questions, Instant lastPublishedAt, boolean retired) {

    /** Copies the lists ({@code null} means empty) and checks id, title and minutes. */
    public CourseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        skills = skills == null ? List.of() : List.copyOf(skills);
        phases = phases == null ? List.of() : List.copyOf(phases);
        personas = personas == null ? List.of() : List.copyOf(personas);
        requires = requires == null ? List.of() : List.copyOf(requires);
        if (minutes < 1) {
            throw new IllegalArgumentException("module " + id + ": minutes must be >= 1, was " + minutes);
        }
    }

    /** The time the module takes, in seconds. */
    public int seconds() {
        return minutes * 60;
    }
}
