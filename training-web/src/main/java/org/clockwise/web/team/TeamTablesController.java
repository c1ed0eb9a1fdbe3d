package org.clockwise.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.clockwise.core.plan.ReasonWords;
import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.TeamDashboard;
import org.clockwise.web.i18n.Languages;
import org.clockwise.web.i18n.UiMessages;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every dashboard table as a download, for the viewer's span or one team with {@code ?team=<id>}:
 * {@code GET /team/tables/{name}.csv} (RFC 4180, UTF-8, a header row) and
 * {@code GET /team/tables/{name}.json} (a list of objects keyed by that header). The names are
 * those of {@link TeamTables}, plus {@code teams} for the teams side by side. A team that is not
 * the viewer's answers 403, an unknown table 404, and an admin without a team 400 (except for
 * {@code teams}); the JSON route answers errors as JSON. Downloads are in English, whatever the page language.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamTablesController {

    private final TeamScopes scopes;
    private final TeamDashboard dashboards;
    private final ErrorPages errorPages;
    private final UiMessages messages;
    private final ReasonWords reasons;

    TeamTablesController(TeamScopes scopes, TeamDashboard dashboards, ErrorPages errorPages, UiMessages messages,
                         ReasonWords reasons) {
        this.scopes = scopes;
        this.dashboards = dashboards;
        this.errorPages = errorPages;
        this.messages = messages;
        this.reasons = reasons;
    }

    @Get(value = "/tables/{name}.csv", produces = "text/csv")
    HttpResponse<?> tableCsv(HttpRequest<?> request, @PathVariable String name, @Nullable @QueryValue String team,
                             Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (!name.equals("teams") && TeamScopes.needsTeam(viewer, team)) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, TeamScopes.NEEDS_TEAM);
        }
        Optional<TeamTables.Table> found = table(viewer, name, team);
        if (found.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourTeam");
        }
        TeamTables.Table table = found.get();
        if (table.header().isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noTable", name);
        }
        return HttpResponse.ok(TeamTables.csv(table))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"team-" + name + ".csv\"");
    }

    @Get(value = "/tables/{name}.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> tableJson(@PathVariable String name, @Nullable @QueryValue String team, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (!name.equals("teams") && TeamScopes.needsTeam(viewer, team)) {
            return HttpResponse.badRequest(Map.of("error", messages.text(Languages.DEFAULT, TeamScopes.NEEDS_TEAM, List.of())));
        }
        Optional<TeamTables.Table> found = table(viewer, name, team);
        if (found.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("error", "this team is not yours to see"));
        }
        TeamTables.Table table = found.get();
        if (table.header().isEmpty()) {
            return HttpResponse.notFound(Map.of("error", "no table " + name));
        }
        return HttpResponse.ok(Map.of("table", name, "rows", TeamTables.objects(table)));
    }

    /** A coaching row's reason in English, as every download is. */
    private String why(Dashboard.Coaching coaching) {
        return coaching.reason() == null ? messages.text(Languages.DEFAULT, "team.coaching.allDone", List.of())
                : reasons.english(coaching.reason());
    }

    /** The named table for the viewer's scope; empty when the team is not theirs, an empty header when there is no such table. */
    private Optional<TeamTables.Table> table(CurrentUser viewer, String name, String team) {
        if (name.equals("teams")) {
            return Optional.of(TeamTables.teams(scopes.overview(viewer, scopes.visibleTeams(viewer))));
        }
        return scopes.scope(viewer, team).map(scope -> TeamTables.of(dashboards.view(viewer.id(), scope.reps(), null), this::why)
                .getOrDefault(name, new TeamTables.Table(name, List.of(), List.of())));
    }
}
