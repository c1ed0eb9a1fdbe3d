package org.clockwise.core.course;

import java.time.Instant;
import java.util.List;

/** One module as the library page lists it: its live version and where it sits in the catalog. */
public record CourseSummary(String id, int version, String title, String summary, List<String> skills,
                            List<String> phases, List<String> personas, String level, String track, Integer order,
                            List<String> requires, int minutes, int questions, Instant lastPublishedAt, boolean retired) {
}
