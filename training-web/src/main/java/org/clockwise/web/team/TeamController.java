package org.clockwise.web.team;

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
import org.clockwise.core.assignment.PlanService;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Role;
import org.clockwise.core.progress.HistoryQueries;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.ManagerAssignments;
import org.clockwise.core.team.TeamAccess;

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

/**
 * The manager's view of their own people (an admin's of everyone): the skill heatmap, each
 * rep's page, and the same data as CSV and JSON. Someone else's rep answers 403, whatever the id.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamController {

    private final TeamAccess access;
    private final SkillReport skills;
    private final CourseQueries courses;
    private final HistoryQueries history;
    private final PlanService plans;
    private final ErrorPages errorPages;
    private final TeamDashboard dashboard;
    private final ManagerAssignments assignments;
    private final Clock clock;

    TeamController(TeamAccess access, SkillReport skills, CourseQueries courses, HistoryQueries history, PlanService plans,
                   ErrorPages errorPages, TeamDashboard dashboard, ManagerAssignments assignments, Clock clock) {
        this.dashboard = dashboard;
        this.assignments = assignments;
        this.clock = clock;
        this.access = access;
        this.skills = skills;
        this.courses = courses;
        this.history = history;
        this.plans = plans;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dashboard(Authentication authentication, @Nullable @QueryValue String sort,
                                                @Nullable @QueryValue String skill, @Nullable @QueryValue String notice) {
        return dashboard(authentication, sort, skill, notice, null);
    }

    private ModelAndView<Map<String, Object>> dashboard(Authentication authentication, String sort, String skill, String notice,
                                                        String error) {
        CurrentUser viewer = CurrentUser.of(authentication);
        TeamDashboard.View view = dashboard.view(viewer.id(), viewer.has(Role.ADMIN), sort, skill);
        Map<String, Object> model = new HashMap<>();
        model.put("overview", view.overview());
        model.put("heatmap", view.heatmap());
        model.put("progression", view.progression());
        model.put("coaching", view.coaching());
        model.put("culture", view.culture());
        model.put("coverage", view.coverage());
        model.put("ramp", view.ramp());
        model.put("assignments", view.assignments());
        model.put("modules", view.modules());
        model.put("reps", view.reps());
        model.put("minDue", LocalDate.now(clock).toString());
        if (notice != null && notice.equals("assigned")) {
            model.put("notice", "Assigned. It leads each rep's daily plan, from today, until they complete it.");
        }
        if (error != null) {
            model.put("error", error);
        }
        return new ModelAndView<>("team/dashboard", model);
    }

    /** The assignment form: a module for one rep or the whole team, due on a date. */
    @Serdeable
    record AssignForm(@Nullable String rep, @Nullable String module, @Nullable String due) {
    }

    @Post(value = "/assignments", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assign(HttpRequest<?> request, @Body AssignForm form, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        List<TeamAccess.TeamRep> visible = access.visibleReps(viewer.id(), viewer.has(Role.ADMIN));
        List<Long> targets;
        if ("team".equals(form.rep())) {
            targets = visible.stream().map(TeamAccess.TeamRep::id).toList();
        } else {
            long repId;
            try {
                repId = Long.parseLong(form.rep() == null ? "" : form.rep());
            } catch (NumberFormatException e) {
                return invalid(authentication, "Choose a rep or the whole team.");
            }
            if (visible.stream().noneMatch(r -> r.id() == repId)) {
                return errorPages.page(request, HttpStatus.FORBIDDEN, "This rep is not in your team.");
            }
            targets = List.of(repId);
        }
        if (form.module() == null || courses.live(form.module()).filter(c -> !c.retired()).isEmpty()) {
            return invalid(authentication, "Choose a published module to assign.");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(form.due() == null ? "" : form.due());
        } catch (java.time.format.DateTimeParseException e) {
            return invalid(authentication, "The due date must be a date like 2026-12-31.");
        }
        LocalDate today = LocalDate.now(clock);
        if (due.isBefore(today) || due.isAfter(today.plusYears(1))) {
            return invalid(authentication, "The due date must be between today and a year from now.");
        }
        if (targets.isEmpty()) {
            return invalid(authentication, "Your team has no reps yet.");
        }
        assignments.assign(viewer.id(), targets, form.module(), due, clock.instant());
        return HttpResponse.seeOther(java.net.URI.create("/team?notice=assigned"));
    }

    private HttpResponse<?> invalid(Authentication authentication, String message) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(dashboard(authentication, null, null, null, message));
    }


    /** Any dashboard table as CSV (RFC 4180, UTF-8, header row): /team/tables/heatmap.csv, …/coverage.csv, … */
    @Get(value = "/tables/{name}.csv", produces = "text/csv")
    HttpResponse<?> tableCsv(HttpRequest<?> request, @PathVariable String name, Authentication authentication) {
        TeamTables.Table table = table(authentication, name);
        if (table == null) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no table \"" + name + "\".");
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toString())
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"team-" + name + ".csv\"");
    }

    /** The same table as JSON: a list of objects keyed by the CSV header, for integrations. */
    @Get(value = "/tables/{name}.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> tableJson(HttpRequest<?> request, @PathVariable String name, Authentication authentication) {
        TeamTables.Table table = table(authentication, name);
        if (table == null) {
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

    private TeamTables.Table table(Authentication authentication, String name) {
        CurrentUser viewer = CurrentUser.of(authentication);
        return TeamTables.of(dashboard.view(viewer.id(), viewer.has(Role.ADMIN), null, null)).get(name);
    }

    @Get(value = "/reps/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> rep(HttpRequest<?> request, @PathVariable long id, Authentication authentication) {
        CurrentUser viewer = CurrentUser.of(authentication);
        Optional<TeamAccess.TeamRep> rep = access.visibleRep(viewer.id(), viewer.has(Role.ADMIN), id);
        if (rep.isEmpty()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "This rep is not in your team.");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("rep", rep.get());
        model.put("skills", skills.skills(id, 8));
        model.put("history", history.attempts(id, 20));
        model.put("today", plans.today(id));
        return HttpResponse.ok(new ModelAndView<>("team/rep", model));
    }

}
