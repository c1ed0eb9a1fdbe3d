package org.clockwise.web.team;

import org.clockwise.core.team.Dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drawn parts of a dashboard page (sorted heatmap and its table, the two charts, the module
 * picker), kept with the very {@link Dashboard} they were drawn from. {@code TeamDashboard} serves the
 * same instance while nothing it shows changes, so a view of an unchanged team draws nothing again
 * (issue 13: drawing took a share of every view); a recomputed dashboard is a new instance, even when
 * equal, and is drawn (and its sections rendered) afresh. Bounded, least recently used first; thread-safe.
 */
final class DashboardDrawings {

    /**
     * What {@link DashboardPages} draws from a dashboard for one order of the heatmap and one team
     * scope, and the sections rendered from it, by language ({@link DashboardSections}).
     */
    record Drawn(Heatmap heatmap, String heatmapTable, DashboardPage.Progression progression, DashboardPage.Ramp ramp,
                 List<ModulePicker.Group> moduleGroups, Map<Locale, DashboardSections.Html> sections) {
    }

    /** The dashboard by identity (a record's equals would walk all of it), and what the drawing depends on besides. */
    private record Key(Same dashboard, String sort, String dir, String query) {
    }

    private static final class Same {
        private final Dashboard dashboard;

        Same(Dashboard dashboard) {
            this.dashboard = dashboard;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.dashboard == dashboard;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(dashboard);
        }
    }

    private final Map<Key, Drawn> drawn;

    /** @param capacity the most drawings kept, 1 or more */
    DashboardDrawings(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.drawn = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Drawn> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * @param sort  how to order the heatmap, as asked ({@code rep}, {@code skill:<id>} or {@code null})
     * @param dir   {@code desc} for the other way round, else ignored
     * @param query the query parameter that keeps links on the same team ("team=12"), or ""
     */
    Drawn of(Dashboard view, String sort, String dir, String query) {
        Key key = new Key(new Same(view), sort, "desc".equals(dir) ? "desc" : null, query);
        synchronized (drawn) {
            Drawn hit = drawn.get(key);
            if (hit != null) {
                return hit;
            }
        }
        // Drawn outside the lock; two views drawing the same at once both draw, and the later is kept.
        Heatmap heatmap = Heatmap.of(view.reps(), view.skillTrends(), view.skills(), sort, dir);
        Drawn made = new Drawn(heatmap, HeatmapTable.html(heatmap, query), DashboardCharts.progression(view.progression()),
                DashboardCharts.ramp(view.ramp(), view.reps()), ModulePicker.groups(view.modules(), view.catalog(), ""),
                new ConcurrentHashMap<>());
        synchronized (drawn) {
            drawn.put(key, made);
        }
        return made;
    }

    int size() {
        synchronized (drawn) {
            return drawn.size();
        }
    }
}
