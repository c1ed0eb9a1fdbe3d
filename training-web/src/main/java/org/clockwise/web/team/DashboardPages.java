package org.clockwise.web.team;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.TeamDashboard;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;

/** Turns the core {@link Dashboard} of a team into the page: charts and heatmap drawn, links kept on the team. */
@Singleton
class DashboardPages {

    /** Drawings kept: one per team, heatmap order and scope in view; the core keeps up to 256 dashboards. */
    private static final int DRAWINGS = 128;

    private final TeamDashboard dashboards;
    private final Clock clock;
    private final DashboardDrawings drawings = new DashboardDrawings(DRAWINGS);
    private final DashboardSections sections;

    DashboardPages(TeamDashboard dashboards, Clock clock, DashboardSections sections) {
        this.dashboards = dashboards;
        this.clock = clock;
        this.sections = sections;
    }

    /**
     * @param request the request, whose language the sections are rendered in
     * @param sort   how to order the heatmap ({@code rep} or {@code skill:<id>}), or {@code null}
     * @param dir    {@code desc} to sort the other way round, else ignored
     * @param skill  the skill of the progression chart, or {@code null}
     * @param notice {@code assigned} after an assignment, else ignored
     * @param error  why the assignment form was refused, or {@code null}
     */
    DashboardPage page(HttpRequest<?> request, CurrentUser viewer, TeamScope scope, String sort, String dir, String skill,
                       String notice, UiText error) {
        return page(request, viewer, scope, sort, dir, skill, notice, error, null);
    }

    /** As above, showing a refused assignment form again as it was typed. */
    DashboardPage page(HttpRequest<?> request, CurrentUser viewer, TeamScope scope, String sort, String dir, String skill,
                       String notice, UiText error, DashboardPage.AssignInput typed) {
        Dashboard view = dashboards.view(viewer.id(), scope.reps(), skill);
        String query = scope.query();
        DashboardDrawings.Drawn drawn = drawings.of(view, sort, dir, query);
        DashboardPage page = new DashboardPage(view.overview(), drawn.heatmap(), drawn.heatmapTable(), drawn.progression(), view.coaching(),
                view.culture(), view.coverage(), drawn.ramp(), view.assignments(), view.modules(), view.reps(),
                scope.teamId(), scope.teamName(), query.isEmpty() ? "" : "?" + query, query.isEmpty() ? "" : "&" + query,
                LocalDate.now(clock).toString(), "assigned".equals(notice), error, drawn.moduleGroups(), typed, null);
        return page.withSections(sections.of(request, drawn, page));
    }
}
