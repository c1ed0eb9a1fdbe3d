package org.clockwise.web.team;

import org.clockwise.core.team.metrics.RepInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Role;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.TeamAccessQueries;

import java.time.Clock;
import java.time.LocalDate;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.net.URI;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.people.UserStore;

/**
 * The manager's view of their own people (an admin's of everyone): the skill heatmap, each
 * rep's page, and the same data as CSV and JSON. Someone else's rep answers 403, whatever the id.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {

    private final TeamAccessQueries access;
    private final SkillReport skills;
    private final CourseQueries courses;
    private final HistoryQueries history;
    private final PlanService plans;
    private final ErrorPages errorPages;
    private final TeamDashboard dashboard;
    private final Clock clock;
    private final OrgOverviewQueries org;
    private final UserStore users;

    TeamController(OrgOverviewQueries org, UserStore users, TeamAccessQueries access, SkillReport skills, CourseQueries courses, HistoryQueries history, PlanService plans,
                   ErrorPages errorPages, TeamDashboard dashboard, Clock clock) {
        this.org = org;
        this.users = users;
        this.dashboard = dashboard;
        this.clock = clock;
        this.access = access;
        this.skills = skills;
        this.courses = courses;
        this.history = history;
        this.plans = plans;
        this.errorPages = errorPages;
    }

    /**
     * A team's dashboard: a manager's whole span by default, or one team (and the teams below it)
     * with {@code ?team=}. An admin without a team gets the organisation's team overview instead,
     * since a dashboard of every rep does not fit on a page.
     */
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> dashboard(HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String sort,
                              @Nullable @QueryValue String skill, @Nullable @QueryValue String notice,
                              @Nullable @QueryValue String team) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (needsTeam(viewer, team)) {
            return HttpResponse.seeOther(URI.create("/team/teams"));
        }
        Optional<Scope> scope = scope(viewer, team);
        if (scope.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "This team is not yours to see.");
        }
        return HttpResponse.ok(dashboard(viewer, scope.get(), sort, skill, notice, null));
    }

    /** Which reps a page covers: every rep the viewer may see, or one of their teams. */
    record Scope(Long teamId, String teamName, List<RepInfo> reps) {
        /** The query parameter that keeps a link or form on this team, or an empty string. */
        String query() {
            return teamId == null ? "" : "team=" + teamId;
        }
    }

    /** An admin's pages are per team: a dashboard of a whole organisation would not fit a page (or a request). */
    private static boolean needsTeam(CurrentUser viewer, String team) {
        return viewer.has(Role.ADMIN) && (team == null || team.isBlank());
    }

    private static final String NEEDS_TEAM = "An admin's team pages are per team: add ?team=<id> "
            + "(the ids are in /team/tables/teams.csv, and each team opens from /team/teams).";

    private Optional<Scope> scope(CurrentUser viewer, String team) {
        boolean admin = viewer.has(Role.ADMIN);
        if (needsTeam(viewer, team)) {
            return Optional.empty();
        }
        if (team == null || team.isBlank()) {
            return Optional.of(new Scope(null, null, access.visibleReps(viewer.id(), false)));
        }
        long teamId;
        try {
            teamId = Long.parseLong(team.trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return access.openTeam(viewer.id(), admin, teamId).map(open -> new Scope(teamId, open.team().name(), open.reps()));
    }

    private ModelAndView<Map<String, Object>> dashboard(CurrentUser viewer, Scope scope, String sort, String skill, String notice,
                                                        String error) {
        TeamDashboard.View view = dashboard.view(viewer.id(), scope.reps(), sort, skill);
        Map<String, Object> model = new HashMap<>();
        model.put("overview", view.overview());
        model.put("heatmap", view.heatmap());
        model.put("heatmapTable", HeatmapTable.html(view.heatmap(), scope.query()));
        model.put("progression", view.progression());
        model.put("coaching", view.coaching());
        model.put("culture", view.culture());
        model.put("coverage", view.coverage());
        model.put("ramp", view.ramp());
        model.put("assignments", view.assignments());
        model.put("modules", view.modules());
        model.put("reps", view.reps());
        model.put("teamId", scope.teamId());
        model.put("teamName", scope.teamName());
        model.put("scope", scope.query().isEmpty() ? "" : "?" + scope.query());
        model.put("teamParam", scope.query().isEmpty() ? "" : "&" + scope.query());
        model.put("minDue", LocalDate.now(clock).toString());
        if (notice != null && notice.equals("assigned")) {
            model.put("notice", "Assigned. It leads each rep's daily plan, from today, until they complete it.");
        }
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView<>("team/dashboard", model);
    }

    /** Every team the viewer may see side by side, from the summaries: for an admin, the whole organisation. */
    @Get(value = "/teams", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> teams(Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        List<TeamAccessQueries.Team> teams = access.visibleTeams(viewer.id(), viewer.has(Role.ADMIN));
        Map<Long, String> names = new HashMap<>();
        teams.forEach(t -> names.put(t.id(), t.name()));
        Map<Long, String> parents = new HashMap<>();
        teams.stream().filter(t -> t.parentId() != null && names.containsKey(t.parentId()))
                .forEach(t -> parents.put(t.id(), names.get(t.parentId())));
        Map<String, Object> model = new HashMap<>();
        model.put("org", orgOverview(viewer, teams));
        model.put("parents", parents);
        model.put("unassigned", viewer.has(Role.ADMIN) ? org.repsWithoutTeam(viewer.id()) : 0);
        return new ModelAndView<>("team/teams", model);
    }

    private OrgOverviewQueries.Overview orgOverview(CurrentUser viewer, List<TeamAccessQueries.Team> teams) {
        return org.of(teams, LocalDate.now(clock.withZone(users.findById(viewer.id()).orElseThrow().zone())));
    }

    /** The assignment form: a module for one rep or the whole team, due on a date. */
    @Serdeable
    record AssignForm(@Nullable String rep, @Nullable String module, @Nullable String due, @Nullable String team) {
    }

    @Post(value = "/assignments", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assign(HttpRequest<?> request, @Body AssignForm form, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (needsTeam(viewer, form.team())) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "Open a team from /team/teams to assign a module to its reps.");
        }
        Optional<Scope> found = scope(viewer, form.team());
        if (found.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "This team is not yours to see.");
        }
        Scope scope = found.get();
        List<RepInfo> visible = scope.reps();
        List<Long> targets;
        if ("team".equals(form.rep())) {
            targets = visible.stream().map(RepInfo::id).toList();
        } else {
            long repId;
            try {
                repId = Long.parseLong(form.rep() == null ? "" : form.rep());
            } catch (NumberFormatException e) {
                return invalid(viewer, scope, "Choose a rep or the whole team.");
            }
            if (visible.stream().noneMatch(r -> r.id() == repId)) {
                return errorPages.page(request, HttpStatus.FORBIDDEN, "This rep is not in your team.");
            }
            targets = List.of(repId);
        }
        if (form.module() == null || courses.live(form.module()).filter(c -> !c.retired()).isEmpty()) {
            return invalid(viewer, scope, "Choose a published module to assign.");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(form.due() == null ? "" : form.due());
        } catch (java.time.format.DateTimeParseException e) {
            return invalid(viewer, scope, "The due date must be a date like 2026-12-31.");
        }
        LocalDate today = LocalDate.now(clock);
        if (due.isBefore(today) || due.isAfter(today.plusYears(1))) {
            return invalid(viewer, scope, "The due date must be between today and a year from now.");
        }
        if (targets.isEmpty()) {
            return invalid(viewer, scope, "Your team has no reps yet.");
        }
        plans.assign(viewer.id(), targets, form.module(), due);
        return HttpResponse.seeOther(URI.create("/team?notice=assigned" + (scope.query().isEmpty() ? "" : "&" + scope.query())));
    }

    private HttpResponse<?> invalid(CurrentUser viewer, Scope scope, String message) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(dashboard(viewer, scope, null, null, null, message));
    }


    /** Any dashboard table as CSV (RFC 4180, UTF-8, header row): /team/tables/heatmap.csv, …/coverage.csv, …, ?team= for one team. */
    @Get(value = "/tables/{name}.csv", produces = "text/csv")
    HttpResponse<?> tableCsv(HttpRequest<?> request, @PathVariable String name, @Nullable @QueryValue String team,
                             Authentication authentication) {
        if (!name.equals("teams") && needsTeam(CurrentUser.of(authentication), team)) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, NEEDS_TEAM);
        }
        Optional<TeamTables.Table> found = table(authentication, name, team);
        if (found.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "This team is not yours to see.");
        }
        TeamTables.Table table = found.get();
        if (table.header().isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no table \"" + name + "\".");
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(TeamController::safeCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString())
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"team-" + name + ".csv\"");
    }

    /**
     * A spreadsheet runs a cell that starts with =, +, -, @ (or a tab or carriage return) as a formula;
     * names come from users, so such text gets a leading apostrophe. Numbers are written as they are.
     */
    static Object safeCell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** The same table as JSON: a list of objects keyed by the CSV header, for integrations. */
    @Get(value = "/tables/{name}.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> tableJson(@PathVariable String name, @Nullable @QueryValue String team, Authentication authentication) {
        if (!name.equals("teams") && needsTeam(CurrentUser.of(authentication), team)) {
            return HttpResponse.badRequest(Map.of("error", NEEDS_TEAM));
        }
        Optional<TeamTables.Table> found = table(authentication, name, team);
        if (found.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("error", "this team is not yours to see"));
        }
        TeamTables.Table table = found.get();
        if (table.header().isEmpty()) {
            return HttpResponse.notFound(Map.of("error", "no table " + name));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < table.header().size(); i++) {
                Object value = row.get(i);
                object.put(table.header().get(i), value instanceof Number || value instanceof String ? value : String.valueOf(value));
            }
            rows.add(object);
        }
        return HttpResponse.ok(Map.of("table", name, "rows", rows));
    }

    /** The named table for the viewer's scope; empty when the team is not theirs, an empty header when there is no such table. */
    private Optional<TeamTables.Table> table(Authentication authentication, String name, String team) {
        CurrentUser viewer = CurrentUser.of(authentication);
        if (name.equals("teams")) {
            return Optional.of(TeamTables.teams(orgOverview(viewer, access.visibleTeams(viewer.id(), viewer.has(Role.ADMIN)))));
        }
        return scope(viewer, team).map(scope -> TeamTables.of(dashboard.view(viewer.id(), scope.reps(), null, null))
                .getOrDefault(name, new TeamTables.Table(name, List.of(), List.of())));
    }

    @Get(value = "/reps/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> rep(HttpRequest<?> request, @PathVariable long id, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        Optional<RepInfo> rep = access.visibleRep(viewer.id(), viewer.has(Role.ADMIN), id);
        if (rep.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "This rep is not in your team.");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rep", rep.get());
        model.put("skills", skills.skills(id, 8));
        model.put("history", history.attempts(id, 20));
        model.put("today", plans.peek(id)); // a manager looking must not fix the rep's plan for the day
        return HttpResponse.ok(new ModelAndView<>("team/rep", model));
    }

}
