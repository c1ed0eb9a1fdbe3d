package org.clockwise.web.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.BoundedMap;
import org.clockwise.core.people.Role;
import org.clockwise.core.team.OrgOverviewQueries;
import org.clockwise.core.team.TeamAccessQueries;
import org.clockwise.web.security.CurrentUser;
import org.thymeleaf.util.NumberUtils;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /team/teams}: every team the viewer may see side by side, from the daily summaries
 * (for an admin the whole organisation, with a count of reps in no team); each team links to its
 * dashboard. The totals cover every team; the table shows {@value #PAGE_SIZE} teams a page
 * ({@code ?page=N}, in name order), so an organisation of hundreds of teams stays one quick page.
 */
@Controller("/team")
@Secured({"MANAGER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamsOverviewController {

    /**
     * The model of {@code team/teams}.
     *
     * @param org        the teams' rows and their total
     * @param parents    a team's id to the name of the team it is part of, when the viewer sees that one too
     * @param unassigned reps of the admin's organisation in no team (0 for a manager)
     * @param rows       the teams of this page
     * @param table      their table as HTML, rendered by Thymeleaf from {@code team/_teams} ({@link TeamsTable}), inserted unescaped
     * @param page       this page, from 1
     * @param pages      how many pages there are (1 or more)
     * @param first      the position of this page's first team, from 1
     * @param last       the position of its last team
     * @param previous   the link to the page before, or null on the first
     * @param next       the link to the page after, or null on the last
     * @param asOf       when the figures were computed, in the viewer's zone ({@code HH:mm:ss})
     * @param maxAge     how many seconds old the figures may be (issue 13: they are not recomputed on every view)
     */
    record TeamsPage(OrgOverviewQueries.Overview org, Map<Long, String> parents, int unassigned,
                     List<TeamLine> rows, String table, int page, int pages, int first, int last,
                     @Nullable String previous, @Nullable String next, String asOf, long maxAge,
                     int teamCount, boolean noTeams, boolean hasUnassigned, boolean paged) {
    }

    /**
     * One team's row as the table shows it: its figures and the texts, link and classes made from
     * them here once, rather than by expressions per row in the template (issue 13, rendering speed).
     *
     * @param t          the team's figures
     * @param parent     the name of the team it is part of, when the viewer sees that one too; else null
     * @param minutes    minutes per rep with one decimal, in the page's language, as {@code #numbers.formatDecimal(…, 1, 1)} gives it
     * @param quietClass {@code warn-text} when some reps have gone quiet, else null
     */
    record TeamLine(OrgOverviewQueries.TeamRow t, String href, @Nullable String parent, boolean hasParent, String active,
                    String minutes, String atTarget, String proficiency, @Nullable String quietClass) {

        static TeamLine of(OrgOverviewQueries.TeamRow t, Map<Long, String> parents, Locale locale) {
            String parent = parents.get(t.teamId());
            return new TeamLine(t, "/team?team=" + t.teamId(), parent, parent != null, t.activePercent() + "%",
                    Minutes.format(t.minutesPerRep7d(), locale), t.atTargetPercent() + "%",
                    t.proficiencyPercent() + "% / " + t.targetPercent() + "%", t.quiet() > 0 ? "warn-text" : null);
        }
    }

    /**
     * Minutes per rep with one decimal as {@code #numbers.formatDecimal(…, 1, 1)} writes them in a language
     * (Thymeleaf's {@link NumberUtils#format}), remembered per language and value (issue 13: that call builds
     * a new {@code DecimalFormat} and its symbols each time, which was half of this controller's time for 50 rows).
     * The figures change at most once a minute, so the same few hundred values come back view after view.
     */
    static final class Minutes {
        private static final int MAX = 20_000;
        // languages come from request headers, and Accept-Language values and figures are not trusted to repeat
        private static final BoundedMap<Locale, BoundedMap<Double, String>> MADE = new BoundedMap<>(64);

        private Minutes() {
        }

        static String format(double minutes, Locale locale) {
            return MADE.computeIfAbsent(locale, l -> new BoundedMap<>(MAX))
                    .computeIfAbsent(minutes, m -> NumberUtils.format(m, 1, 1, locale));
        }
    }

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Teams per page of the table. */
    static final int PAGE_SIZE = 50;

    private final TeamScopes scopes;
    private final OrgOverviewQueries org;

    private final HttpLocaleResolver locales;
    private final TeamsTable tables;

    TeamsOverviewController(TeamScopes scopes, OrgOverviewQueries org, HttpLocaleResolver locales, TeamsTable tables) {
        this.scopes = scopes;
        this.org = org;
        this.locales = locales;
        this.tables = tables;
    }

    @Get(value = "/teams", produces = MediaType.TEXT_HTML)
    ModelAndView<TeamsPage> teams(Authentication authentication, @Nullable @QueryValue String page, HttpRequest<?> request) {
        CurrentUser viewer = CurrentUser.of(authentication);
        List<TeamAccessQueries.Team> teams = scopes.visibleTeams(viewer);
        Map<Long, String> names = new HashMap<>();
        teams.forEach(t -> names.put(t.id(), t.name()));
        Map<Long, String> parents = new HashMap<>();
        teams.stream().filter(t -> t.parentId() != null && names.containsKey(t.parentId()))
                .forEach(t -> parents.put(t.id(), names.get(t.parentId())));
        int unassigned = viewer.has(Role.ADMIN) ? org.repsWithoutTeam(viewer.id()) : 0;
        TeamScopes.AgedOverview aged = scopes.recentOverview(viewer, teams);
        OrgOverviewQueries.Overview overview = aged.overview();
        int pages = Math.max(1, (overview.teams().size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber(page), pages);
        int from = (current - 1) * PAGE_SIZE;
        int to = Math.min(overview.teams().size(), from + PAGE_SIZE);
        // The page's language, as the template renders in it (the same resolver the views renderer asks).
        Locale locale = locales.resolveOrDefault(request);
        List<TeamLine> rows = overview.teams().subList(from, to).stream().map(t -> TeamLine.of(t, parents, locale)).toList();
        // Issue 13: the table is rendered once per language and exact rows, not on every view (see TeamsTable).
        String table = rows.isEmpty() ? "" : tables.of(request, locale, rows);
        return new ModelAndView<>("team/teams", new TeamsPage(overview, parents, unassigned, rows, table,
                current, pages, from + 1, to, current > 1 ? link(current - 1) : null, current < pages ? link(current + 1) : null,
                AS_OF.format(aged.asOf()), aged.maxAge().toSeconds(),
                overview.teams().size(), overview.teams().isEmpty(), unassigned > 0, pages > 1));
    }

    /** The page asked for, from 1; anything else (missing, not a number, 0 or less) is the first. */
    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(int page) {
        return "/team/teams?page=" + page + "#teams-heading";
    }
}
