package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.db.Signatures;
import org.clockwise.core.people.Role;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.AttemptNotYoursException;
import org.clockwise.core.progress.AttemptQueries;
import org.clockwise.core.progress.AttemptRecorder;
import org.clockwise.core.progress.AttemptView;
import org.clockwise.core.progress.Submission;
import org.clockwise.web.render.UiText;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** A module for a rep: the lesson, then its quiz; submitting records the attempt exactly once,
 * and only with every question answered. */
@Controller(value = "/modules", produces = MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class LessonController {

    record LessonPage(PublishedCourse course, CatalogView catalog) {
    }

    /**
     * Either the form ({@code ticket}: its signed hidden fields; {@code entry}: the answers kept
     * from a refused submit) or, when this take is already recorded, links to its result
     * ({@code answered}) and to a new take ({@code again}). {@code quizForm}: the form's values made
     * once for the template (issue 13, "Speed"), null when the take is answered.
     */
    record QuizPage(PublishedCourse course, @Nullable Map<String, String> ticket, String action, QuizEntry entry,
                    @Nullable UUID answered, @Nullable String again, @Nullable UiText notice,
                    @Nullable QuizFormView quizForm) {
        static QuizPage form(PublishedCourse course, Map<String, String> ticket, QuizEntry entry) {
            return new QuizPage(course, ticket, "/modules/" + course.id() + "/quiz", entry, null, null, null,
                    QuizFormView.of(course.quiz(), entry, ticket));
        }

        static QuizPage answered(PublishedCourse course, UUID attemptId, String again) {
            return new QuizPage(course, null, "/modules/" + course.id() + "/quiz", QuizEntry.EMPTY, attemptId, again, null, null);
        }

        QuizPage withNotice(UiText text) {
            return new QuizPage(course, ticket, action, entry, answered, again, text, quizForm);
        }
    }

    private final CourseQueries courses;
    private final AttemptQueries attempts;
    private final AttemptRecorder recorder;
    private final Signatures signatures;
    private final ErrorPages errorPages;
    private final Clock clock;
    private final PlanService plans;

    LessonController(CourseQueries courses, AttemptQueries attempts, AttemptRecorder recorder, Signatures signatures,
                     ErrorPages errorPages, Clock clock, PlanService plans) {
        this.plans = plans;
        this.courses = courses;
        this.attempts = attempts;
        this.recorder = recorder;
        this.signatures = signatures;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    /** Anyone signed in may read a lesson (links between lessons work for every role). */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> lesson(HttpRequest<?> request, @PathVariable String id) {
        Optional<PublishedCourse> course = courses.live(id).filter(c -> !c.retired());
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noModule", id);
        }
        return HttpResponse.ok(new ModelAndView<>("learn/lesson", new LessonPage(course.get(), courses.catalog())));
    }

    /**
     * The quiz, as the rep's {@code take}-th attempt at this version (without {@code take}: the
     * first, or, once answered, a page that leads to the result or to a new take). The same take
     * always gets the same attempt id, so Back, a reload or a second tab never start a new attempt.
     */
    @Get("/{id}/quiz{?take}")
    @Secured("REP")
    HttpResponse<?> quiz(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String take,
                         Authentication authentication) {
        Optional<PublishedCourse> live = courses.live(id).filter(c -> !c.retired() && !c.quiz().isEmpty());
        if (live.isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noQuiz", id);
        }
        PublishedCourse course = live.get();
        long userId = CurrentUser.of(authentication).id();
        List<UUID> done = attempts.attemptIds(userId, id, course.version());
        String again = "/modules/" + id + "/quiz?take=" + (done.size() + 1);
        OptionalInt asked = parseTake(take);
        if (asked.isEmpty() && !done.isEmpty()) {
            return page(HttpStatus.OK, QuizPage.answered(course, done.get(0), again));
        }
        UUID attemptId = AttemptTicket.attemptId(userId, id, course.version(), asked.orElse(1), signatures);
        if (done.contains(attemptId)) {
            return page(HttpStatus.OK, QuizPage.answered(course, attemptId, again));
        }
        AttemptTicket ticket = AttemptTicket.mint(attemptId, id, course.version(), clock.instant());
        return page(HttpStatus.OK, QuizPage.form(course, ticket.fields(userId, signatures), QuizEntry.EMPTY));
    }

    /**
     * Open to a browser whose session has ended (so nothing typed is lost): its answers are kept in
     * a signed cookie ({@link QuizReplay}) and it is sent to sign in, then back to {@link #resume},
     * which sends them. Signed in, only a rep may submit.
     */
    @Post(value = "/{id}/quiz", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> submit(HttpRequest<?> request, @PathVariable String id, @Body Map<String, Object> form,
                           @Nullable Authentication authentication) {
        if (authentication == null) {
            return QuizReplay.stash(id, form, clock.instant(), signatures, request.isSecure())
                    .<HttpResponse<?>>map(cookie -> HttpResponse.seeOther(URI.create("/login?next="
                            + URLEncoder.encode("/modules/" + id + "/quiz/resume", StandardCharsets.UTF_8))).cookie(cookie))
                    .orElseGet(() -> errorPages.page(request, HttpStatus.UNAUTHORIZED, "error.signIn"));
        }
        if (!CurrentUser.of(authentication).has(Role.REP)) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notForYou");
        }
        return record(request, id, form, CurrentUser.of(authentication).id());
    }

    /** After signing in again: sends the answers kept by {@link #submit}, once, and forgets them. */
    @Get("/{id}/quiz/resume")
    @Secured("REP")
    HttpResponse<?> resume(HttpRequest<?> request, @PathVariable String id, Authentication authentication) {
        Optional<Map<String, Object>> kept = QuizReplay.read(request, id, clock.instant(), signatures);
        if (kept.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/modules/" + id + "/quiz"));
        }
        request.setAttribute(WriteMarkFilter.WROTE, true); // issue 13, wt-today4: a write, so a new write mark
        MutableHttpResponse<?> response = record(request, id, kept.get(), CurrentUser.of(authentication).id());
        return response.cookie(QuizReplay.clear(request.isSecure()));
    }

    private MutableHttpResponse<?> record(HttpRequest<?> request, String id, Map<String, Object> form, long userId) {
        // A map, not a record: the answers come as q<n> (a value per chosen option, or the typed
        // text) and c<n>, one pair per question of whichever quiz this is; QuizEntry reads them and
        // AttemptTicket the signed fields beside them.
        Optional<AttemptTicket> ticket = AttemptTicket.read(form, userId, id, signatures);
        if (ticket.isEmpty()) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "error.quizForm");
        }
        AttemptTicket t = ticket.get();
        Optional<PublishedCourse> course = courses.version(id, t.version());
        if (course.isEmpty() || course.get().quiz().isEmpty()) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noQuiz", id);
        }
        // A complete form sent again (Back, a second tab) is found by the recorder, which records
        // nothing and lands it on the attempt already recorded; a refused one is looked up here.
        if (form.values().stream().anyMatch(v -> v instanceof CharSequence s && s.toString().indexOf('\0') >= 0
                || v instanceof Iterable<?> many && many.toString().indexOf('\0') >= 0)) {
            // PostgreSQL cannot store NUL (issue 13): nothing is recorded, the answers come back without it.
            Optional<MutableHttpResponse<?>> sentAgain = recordedAlready(request, t, userId);
            if (sentAgain.isPresent()) {
                return sentAgain.get();
            }
            QuizEntry kept = QuizEntry.read(course.get().quiz(), withoutNul(form));
            return page(HttpStatus.UNPROCESSABLE_ENTITY, QuizPage.form(course.get(), t.fields(userId, signatures), kept)
                    .withNotice(UiText.of("quiz.nulRemoved")));
        }
        QuizEntry entry = QuizEntry.read(course.get().quiz(), form);
        if (!entry.complete()) {
            Optional<MutableHttpResponse<?>> sentAgain = recordedAlready(request, t, userId);
            if (sentAgain.isPresent()) {
                return sentAgain.get();
            }
            // Refused, not scored: nothing is recorded, and the same ticket goes back with the answers given.
            return page(HttpStatus.UNPROCESSABLE_ENTITY, QuizPage.form(course.get(), t.fields(userId, signatures), entry));
        }
        boolean completedIt;
        try {
            // One transaction: the attempt, and today's plan stamped complete (so the streak) when this completes it.
            completedIt = plans.answering(userId, rep -> recorder.record(new Submission(t.attemptId(), userId, id, t.version(),
                    t.servedAt(), entry.answers(), entry.confidence()), rep)).completedPlan();
        } catch (AttemptNotYoursException e) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourAttempt");
        }
        MutableHttpResponse<?> result = HttpResponse.seeOther(URI.create("/attempts/" + t.attemptId()));
        return completedIt ? result.cookie(PlanDoneMark.cookie(t.attemptId().toString(), request.isSecure())) : result;
    }

    /** The same page sent again (Back, a second tab), refused this time: it lands on the attempt already recorded. */
    private Optional<MutableHttpResponse<?>> recordedAlready(HttpRequest<?> request, AttemptTicket t, long userId) {
        return attempts.attempt(t.attemptId()).map(recorded -> recorded.userId() == userId
                ? HttpResponse.seeOther(URI.create("/attempts/" + t.attemptId()))
                : errorPages.page(request, HttpStatus.FORBIDDEN, "error.notYourAttempt"));
    }

    private static Map<String, Object> withoutNul(Map<String, Object> form) {
        Map<String, Object> clean = new java.util.LinkedHashMap<>();
        form.forEach((k, v) -> clean.put(k, v instanceof CharSequence s ? s.toString().replace("\0", "")
                : v instanceof Iterable<?> many ? java.util.stream.StreamSupport.stream(many.spliterator(), false)
                        .map(o -> String.valueOf(o).replace("\0", "")).toList() : v));
        return clean;
    }

    /** Never cached: Back and reload ask the server again, which answers with the same attempt. */
    private static MutableHttpResponse<?> page(HttpStatus status, QuizPage page) {
        return HttpResponse.status(status).body(new ModelAndView<>("learn/quiz", page)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static OptionalInt parseTake(@Nullable String take) {
        if (take == null || !take.matches("[1-9][0-9]{0,5}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(take));
    }
}
