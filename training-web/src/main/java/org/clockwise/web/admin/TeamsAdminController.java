package org.clockwise.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.people.InvalidInput;
import org.clockwise.core.people.NotInOrganisation;
import org.clockwise.core.people.PeopleQueries;
import org.clockwise.core.people.PeopleService;
import org.clockwise.core.people.RetentionService;
import org.clockwise.core.review.RetentionQueries;
import org.clockwise.core.review.ReviewScheduler;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /admin/teams}: the organisation's team tree with forms to create a team and, per team,
 * to rename, move, set managers and remove it. A refused change re-renders the tree with 422 and
 * the message beside that team (the typed value kept); another organisation's team is 404.
 * The organisation and each team also have a desired retention form (0.70–0.97, blank inherits).
 */
@Controller("/admin/teams")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class TeamsAdminController {

    /**
     * The tree page's model.
     *
     * @param errorTeam the team a refused change was about (0: the create form)
     * @param error     why it was refused
     * @param typed     the name the admin typed, shown again in the refused form
     * @param retention the desired retention values set on the organisation and its teams
     */
    record TeamsPage(List<PeopleQueries.TeamNode> teams, List<PeopleQueries.Manager> managers, @Nullable Long errorTeam,
                     @Nullable String error, String typed, @Nullable String notice, Retention retention) {
    }

    /**
     * @param organisation the organisation's own value ("" when it inherits the global one)
     * @param global       the global setting {@code clockwise.review.desired-retention}
     * @param teams        team id to its own value, for teams that have one
     * @param errorFor     the form a refused value came from: a team id, {@link #ORGANISATION}, or null
     * @param typed        the refused value, shown again in that form
     */
    record Retention(String organisation, String global, Map<Long, String> teams, @Nullable Long errorFor, String typed) {
    }

    /** The organisation's retention form, in {@link Retention#errorFor}: no team has a negative id. */
    static final long ORGANISATION = -1L;

    private final PeopleQueries queries;
    private final PeopleService service;
    private final ErrorPages errorPages;
    private final RetentionService retentionService;
    private final RetentionQueries retentionQueries;
    private final double globalRetention;

    TeamsAdminController(PeopleQueries queries, PeopleService service, ErrorPages errorPages, RetentionService retentionService,
                         RetentionQueries retentionQueries, ReviewScheduler globalScheduler) {
        this.queries = queries;
        this.service = service;
        this.errorPages = errorPages;
        this.retentionService = retentionService;
        this.retentionQueries = retentionQueries;
        this.globalRetention = globalScheduler.parameters().desiredRetention();
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<TeamsPage> tree(@Nullable @QueryValue String notice, Authentication authentication) {
        String shown = notice != null && Set.of("created", "renamed", "moved", "managers", "removed", "retention").contains(notice) ? notice : null;
        return new ModelAndView<>("admin/teams", page(authentication, null, null, "", shown));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> form, Authentication authentication) {
        String name = FormValues.one(form, "name");
        return change(request, authentication, 0L, name,
                admin -> service.createTeam(admin, name, FormValues.id(FormValues.one(form, "parent"))), "created");
    }

    @Post(value = "/{id}/rename", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rename(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> form, Authentication authentication) {
        String name = FormValues.one(form, "name");
        return change(request, authentication, id, name, admin -> service.renameTeam(admin, id, name), "renamed");
    }

    @Post(value = "/{id}/move", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> move(HttpRequest<?> request, @PathVariable long id, @Body Map<String, Object> form, Authentication authentication) {
        return change(request, authentication, id, "",
                admin -> service.moveTeam(admin, id, FormValues.id(FormValues.one(form, "parent"))), "moved");
    }

    @Post(value = "/{id}/managers", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> managers(HttpRequest<?> request, @PathVariable long id, @Nullable @Body Map<String, Object> form,
                             Authentication authentication) {
        Set<Long> ids = new LinkedHashSet<>();
        FormValues.all(form, "managers").forEach(v -> ids.add(FormValues.id(v)));
        ids.remove(null);
        return change(request, authentication, id, "", admin -> service.setManagers(admin, id, ids), "managers");
    }

    @Post(value = "/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> remove(HttpRequest<?> request, @PathVariable long id, Authentication authentication) {
        return change(request, authentication, id, "", admin -> service.removeTeam(admin, id), "removed");
    }

    /** The organisation's desired retention; blank clears it (the global setting applies). */
    @Post(value = "/retention", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> organisationRetention(HttpRequest<?> request, @Nullable @Body Map<String, Object> form,
                                          Authentication authentication) {
        String typed = FormValues.one(form, "desiredRetention");
        return retention(request, authentication, ORGANISATION, typed,
                admin -> retentionService.setForOrganisation(admin, typed), "/admin/teams?notice=retention#retention");
    }

    /** A team's desired retention; blank clears it (the team inherits). */
    @Post(value = "/{id}/retention", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> teamRetention(HttpRequest<?> request, @PathVariable long id, @Nullable @Body Map<String, Object> form,
                                  Authentication authentication) {
        String typed = FormValues.one(form, "desiredRetention");
        return retention(request, authentication, id, typed,
                admin -> retentionService.setForTeam(admin, id, typed), "/admin/teams?notice=retention#team-" + id);
    }

    private HttpResponse<?> retention(HttpRequest<?> request, Authentication authentication, long errorFor, String typed,
                                      Change change, String done) {
        try {
            change.apply(CurrentUser.of(authentication).id());
            return HttpResponse.seeOther(URI.create(done));
        } catch (InvalidInput e) {
            // The message comes from messages.properties (admin.retention.invalid), beside the form.
            TeamsPage page = page(authentication, null, null, "", null, errorFor, typed);
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/teams", page));
        } catch (NotInOrganisation e) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no such team in your organisation.");
        }
    }

    private interface Change {
        void apply(long adminId);
    }

    private HttpResponse<?> change(HttpRequest<?> request, Authentication authentication, long teamId, String typed, Change change,
                                   String notice) {
        try {
            change.apply(CurrentUser.of(authentication).id());
            return HttpResponse.seeOther(URI.create("/admin/teams?notice=" + notice + (notice.equals("removed") ? "" : "#team-" + teamId)));
        } catch (InvalidInput e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/teams",
                    page(authentication, teamId, String.join(" ", e.problems().values()), typed, null)));
        } catch (NotInOrganisation e) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no such team in your organisation.");
        }
    }

    private TeamsPage page(Authentication authentication, @Nullable Long errorTeam, @Nullable String error, String typed,
                           @Nullable String notice) {
        return page(authentication, errorTeam, error, typed, notice, null, "");
    }

    private TeamsPage page(Authentication authentication, @Nullable Long errorTeam, @Nullable String error, String typed,
                           @Nullable String notice, @Nullable Long retentionErrorFor, String retentionTyped) {
        long orgId = queries.orgOf(CurrentUser.of(authentication).id()).orElseThrow();
        Map<Long, String> teamValues = new HashMap<>();
        retentionQueries.teams(orgId).forEach((id, value) -> teamValues.put(id, value.toPlainString()));
        Retention retention = new Retention(retentionQueries.organisation(orgId).map(BigDecimal::toPlainString).orElse(""),
                String.format(Locale.ROOT, "%.2f", globalRetention), teamValues, retentionErrorFor, retentionTyped);
        return new TeamsPage(queries.teamTree(orgId), queries.managers(orgId), errorTeam, error, typed, notice, retention);
    }
}
