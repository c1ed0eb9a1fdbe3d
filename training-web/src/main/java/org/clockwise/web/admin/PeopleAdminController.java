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
import org.clockwise.core.people.PersonPolicy;
import org.clockwise.core.people.Role;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /admin/people}: the organisation's people with search, filters and paging; {@code /new}
 * and {@code /{id}} show the person form (422 with the messages and the typed input on errors);
 * {@code /{id}/deactivate} and {@code /{id}/reactivate}. Another organisation's person is 404.
 */
@Controller("/admin/people")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class PeopleAdminController {

    static final int PAGE_SIZE = 50;
    static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();
    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC"))
            .sorted().toList();

    /** The list's filters as typed, so the form shows them again and the paging links keep them. */
    record ListQuery(String q, String team, String role, String status) {
        String query(int page) {
            return "q=" + enc(q) + "&team=" + enc(team) + "&role=" + enc(role) + "&status=" + enc(status) + "&page=" + page;
        }
    }

    record ListPage(PeopleQueries.Page people, ListQuery query, List<PeopleQueries.TeamNode> teams, List<String> roles,
                    @Nullable String previous, @Nullable String next) {
    }

    /**
     * The person form's model.
     *
     * @param id      null for a new person
     * @param form    the values shown (as stored, or as typed when refused)
     * @param errors  field name to message
     */
    record PersonPage(@Nullable Long id, PersonPolicy.Input form, Map<String, String> errors, boolean active, boolean pending,
                      boolean self, @Nullable String notice, List<PeopleQueries.TeamNode> teams, List<String> roles,
                      List<String> zones, String defaultZone) {
    }

    private final PeopleQueries queries;
    private final PeopleService service;
    private final ErrorPages errorPages;

    PeopleAdminController(PeopleQueries queries, PeopleService service, ErrorPages errorPages) {
        this.queries = queries;
        this.service = service;
        this.errorPages = errorPages;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<ListPage> list(@Nullable @QueryValue String q, @Nullable @QueryValue String team, @Nullable @QueryValue String role,
                                @Nullable @QueryValue String status, @Nullable @QueryValue String page, Authentication authentication) {
        long orgId = orgId(authentication);
        ListQuery query = new ListQuery(blank(q), blank(team), blank(role), blank(status));
        Role roleFilter = ROLES.contains(query.role()) ? Role.valueOf(query.role()) : null;
        Boolean active = switch (query.status()) {
            case "active" -> true;
            case "inactive" -> false;
            default -> null;
        };
        Long teamId = FormValues.id(query.team());
        PeopleQueries.Filter filter = new PeopleQueries.Filter(query.q(), teamId, roleFilter, active, query.status().equals("pending"));
        int pageNumber;
        try {
            pageNumber = Math.max(1, Integer.parseInt(blank(page).isEmpty() ? "1" : page.trim()));
        } catch (NumberFormatException e) {
            pageNumber = 1;
        }
        PeopleQueries.Page people = queries.list(orgId, filter, pageNumber, PAGE_SIZE);
        return new ModelAndView<>("admin/people", new ListPage(people, query, queries.teamTree(orgId), ROLES,
                people.hasPrevious() ? "/admin/people?" + query.query(people.page() - 1) : null,
                people.hasNext() ? "/admin/people?" + query.query(people.page() + 1) : null));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<PersonPage> newPerson(Authentication authentication) {
        long orgId = orgId(authentication);
        PersonPolicy.Input empty = new PersonPolicy.Input("", "", List.of("REP"), "", List.of(), "", "");
        return new ModelAndView<>("admin/person", page(orgId, null, empty, Map.of(), true, false, false, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@Body Map<String, Object> form, Authentication authentication) {
        CurrentUser admin = CurrentUser.of(authentication);
        PersonPolicy.Input input = FormValues.person(form);
        try {
            long id = service.add(admin.id(), input);
            return HttpResponse.seeOther(URI.create("/admin/people/" + id + "?notice=added"));
        } catch (InvalidInput e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/person",
                    page(orgId(authentication), null, input, e.problems(), true, false, false, null)));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> show(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String notice,
                         Authentication authentication) {
        long orgId = orgId(authentication);
        return person(orgId, id).<HttpResponse<?>>map(p -> HttpResponse.ok(new ModelAndView<>("admin/person",
                        page(orgId, p.id(), input(p), Map.of(), p.active(), p.pending(), p.id() == CurrentUser.of(authentication).id(),
                                notice))))
                .orElseGet(() -> notFound(request));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(HttpRequest<?> request, @PathVariable String id, @Body Map<String, Object> form, Authentication authentication) {
        CurrentUser admin = CurrentUser.of(authentication);
        long orgId = orgId(authentication);
        var found = person(orgId, id);
        if (found.isEmpty()) {
            return notFound(request);
        }
        PeopleQueries.Person person = found.get();
        PersonPolicy.Input input = FormValues.person(form);
        try {
            service.edit(admin.id(), person.id(), input, null);
            return HttpResponse.seeOther(URI.create("/admin/people/" + person.id() + "?notice=saved"));
        } catch (InvalidInput e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/person",
                    page(orgId, person.id(), input, e.problems(), person.active(), person.pending(), person.id() == admin.id(), null)));
        } catch (NotInOrganisation e) {
            return notFound(request);
        }
    }

    @Post(value = "/{id}/deactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> deactivate(HttpRequest<?> request, @PathVariable String id, Authentication authentication) {
        return setActive(request, id, false, authentication);
    }

    @Post(value = "/{id}/reactivate", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reactivate(HttpRequest<?> request, @PathVariable String id, Authentication authentication) {
        return setActive(request, id, true, authentication);
    }

    private HttpResponse<?> setActive(HttpRequest<?> request, String id, boolean active, Authentication authentication) {
        CurrentUser admin = CurrentUser.of(authentication);
        long orgId = orgId(authentication);
        var found = person(orgId, id);
        if (found.isEmpty()) {
            return notFound(request);
        }
        PeopleQueries.Person p = found.get();
        try {
            if (active) {
                service.reactivate(admin.id(), p.id());
            } else {
                service.deactivate(admin.id(), p.id());
            }
            return HttpResponse.seeOther(URI.create("/admin/people/" + p.id() + "?notice=" + (active ? "reactivated" : "deactivated")));
        } catch (InvalidInput e) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/person",
                    page(orgId, p.id(), input(p), e.problems(), p.active(), p.pending(), p.id() == admin.id(), null)));
        }
    }

    private PersonPage page(long orgId, @Nullable Long id, PersonPolicy.Input form, Map<String, String> errors, boolean active,
                            boolean pending, boolean self, @Nullable String notice) {
        String shownNotice = notice != null && Set.of("added", "saved", "deactivated", "reactivated").contains(notice) ? notice : null;
        return new PersonPage(id, form, errors, active, pending, self, shownNotice, queries.teamTree(orgId), ROLES, ZONES,
                queries.defaultTimeZone(orgId));
    }

    private static PersonPolicy.Input input(PeopleQueries.Person p) {
        return new PersonPolicy.Input(p.name(), p.email(), p.roles().stream().map(Role::name).toList(),
                p.teamId() == null ? "" : p.teamId().toString(), p.managedTeamIds().stream().map(String::valueOf).toList(),
                p.hireDate().toString(), p.timeZone());
    }

    private Optional<PeopleQueries.Person> person(long orgId, String id) {
        try {
            return queries.person(orgId, Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private HttpResponse<?> notFound(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.NOT_FOUND, "There is no such person in your organisation.");
    }

    private long orgId(Authentication authentication) {
        return queries.orgOf(CurrentUser.of(authentication).id()).orElseThrow();
    }

    private static String blank(@Nullable String s) {
        return s == null ? "" : s.trim();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
