package org.clockwise.web.library;

import org.clockwise.core.course.CourseSummary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The library table's sortable columns, from GET parameters: unknown values fall back to the title, ascending. */
enum LibrarySort {
    TITLE(Comparator.comparing(c -> c.title().toLowerCase(Locale.ROOT))),
    MINUTES(Comparator.comparingInt(CourseSummary::minutes)),
    VERSION(Comparator.comparingInt(CourseSummary::version)),
    PUBLISHED(Comparator.comparing(CourseSummary::lastPublishedAt, Comparator.nullsFirst(Comparator.naturalOrder())));

    private final Comparator<CourseSummary> order;

    LibrarySort(Comparator<CourseSummary> order) {
        this.order = order.thenComparing(CourseSummary::id);
    }

    static LibrarySort of(String key) {
        for (LibrarySort s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return TITLE;
    }

    /** The message key of the column's header. */
    String label() {
        return switch (this) {
            case TITLE -> "library.col.module";
            case MINUTES -> "library.col.minutes";
            case VERSION -> "library.col.version";
            case PUBLISHED -> "library.col.published";
        };
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    List<CourseSummary> sort(List<CourseSummary> courses, boolean descending) {
        return courses.stream().sorted(descending ? order.reversed() : order).toList();
    }

    /** Whether a module matches a search: every word in its title, summary or id, ignoring case. */
    static boolean matches(CourseSummary c, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (c.title() + " " + c.summary() + " " + c.id()).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
