package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.plan.AssignmentStore;
import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.TimeToCompetency;
import org.clockwise.web.render.UiText;

import java.util.List;

/**
 * The model of {@code team/dashboard}: a core {@link Dashboard} with its charts and heatmap drawn,
 * and what keeps links and forms on the same team. Each component is one template variable.
 *
 * @param heatmapTable the heatmap as escaped HTML ({@link HeatmapTable})
 * @param scope        {@code "?team=12"} for download links, or ""
 * @param teamParam    {@code "&team=12"} for links that already have a query, or ""
 * @param minDue       the earliest due date the assignment form accepts
 * @param assigned     whether to confirm an assignment just made
 * @param error        why the assignment form was refused, or {@code null}
 * @param moduleGroups the assignable modules, grouped for the picker
 * @param typed        what the refused assignment form held, to show again, or {@code null}
 * @param sections     the sections rendered once per drawn dashboard and language ({@link DashboardSections}),
 *                     or {@code null} while they are being rendered from this very model
 */
record DashboardPage(Overview overview, Heatmap heatmap, String heatmapTable, Progression progression,
                     List<Dashboard.Coaching> coaching, Dashboard.Culture culture, Dashboard.Coverage coverage, Ramp ramp,
                     List<AssignmentStore.Row> assignments, List<CourseSummary> modules, List<RepInfo> reps,
                     Long teamId, String teamName, String scope, String teamParam, String minDue, boolean assigned, UiText error,
                     List<ModulePicker.Group> moduleGroups, AssignInput typed,
                     DashboardSections.Html sections) {

    DashboardPage withTyped(AssignInput typed) {
        return new DashboardPage(overview, heatmap, heatmapTable, progression, coaching, culture, coverage, ramp, assignments,
                modules, reps, teamId, teamName, scope, teamParam, minDue, assigned, error, moduleGroups, typed, sections);
    }

    DashboardPage withSections(DashboardSections.Html sections) {
        return new DashboardPage(overview, heatmap, heatmapTable, progression, coaching, culture, coverage, ramp, assignments,
                modules, reps, teamId, teamName, scope, teamParam, minDue, assigned, error, moduleGroups, typed, sections);
    }

    /** What an assignment form held, shown again when it is refused. */
    record AssignInput(String rep, String module, String find, String due) {
    }

    /** One skill's team average by week as a chart, with the same numbers as table rows (header first). */
    record Progression(String skillId, String skillName, String svg, List<List<String>> table, List<CatalogView.Entry> skills) {
    }

    /** The ramp-up chart ({@code null} svg without recent hires) and the median time to competency. */
    record Ramp(String svg, TimeToCompetency competency, int targetPercent, int recentHires) {
    }
}
