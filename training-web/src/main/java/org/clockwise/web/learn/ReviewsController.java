package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.content.Question;
import org.clockwise.content.Quiz;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.PublishedCourse;
import org.clockwise.core.course.QuizGrading;
import org.clockwise.core.db.Signatures;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.progress.ReviewRecorder;
import org.clockwise.core.review.MasteryQueries;
import org.clockwise.core.review.ReviewEvent;
import org.clockwise.core.review.ReviewStore;
import org.clockwise.web.security.CurrentUser;
import org.clockwise.web.security.ErrorPages;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Due reviews, one question at a time, with feedback right after each answer. */
@Controller(value = "/reviews", produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReviewsController {

    private static final String PURPOSE = "review";
    private static final List<String> FIELDS = List.of("event", "module", "version", "question", "served", "serving");

    /**
     * {@code course}, {@code quiz} and {@code ticket} are null when nothing is due; {@code entry}
     * holds what a refused (blank) answer kept; {@code leechLapses} is how often the rep has missed
     * the question when it is a leech ({@link org.clockwise.core.review.MasteryPolicy}), else 0.
     */
    record ReviewPage(long dueCount, @Nullable PublishedCourse course, @Nullable Quiz quiz, @Nullable Map<String, String> ticket,
                      QuizEntry entry, int leechLapses, PlanCounts plan, @Nullable QuizFormView quizForm) {
        /** {@code quizForm}: the form's values made once for the template (issue 13, "Speed"). */
        ReviewPage(long dueCount, @Nullable PublishedCourse course, @Nullable Quiz quiz, @Nullable Map<String, String> ticket,
                   QuizEntry entry, int leechLapses, PlanCounts plan) {
            this(dueCount, course, quiz, ticket, entry, leechLapses, plan, quiz == null ? null : QuizFormView.of(quiz, entry, ticket));
        }
    }

    /** {@code planDone}: the streak when this answer completed today's plan, else null. */
    record AnsweredPage(PublishedCourse course, QuizGrading.Result result, long dueCount, PlanCounts plan,
                        @Nullable Integer planDone) {
    }

    /** Today's plan's reviews (all, and not answered yet) and the optional backlog beyond them. */
    record PlanCounts(int total, int left, long optional) {
        static PlanCounts of(PlanService.Today today) {
            List<PlanService.Line> lines = TodayController.reviewLines(today);
            int left = (int) lines.stream().filter(l -> !l.done()).count();
            return new PlanCounts(lines.size(), left, TodayController.optionalDue(today.dueReviews(), left));
        }
    }

    private final ReviewStore reviews;
    private final MasteryQueries mastery;
    private final ReviewRecorder recorder;
    private final CourseQueries courses;
    private final Signatures signatures;
    private final ErrorPages errorPages;
    private final Clock clock;
    private final PlanService plans;

    ReviewsController(ReviewStore reviews, MasteryQueries mastery, ReviewRecorder recorder, CourseQueries courses,
                      Signatures signatures, ErrorPages errorPages, Clock clock, PlanService plans) {
        this.plans = plans;
        this.reviews = reviews;
        this.mastery = mastery;
        this.recorder = recorder;
        this.courses = courses;
        this.signatures = signatures;
        this.errorPages = errorPages;
        this.clock = clock;
    }

    @Get
    ModelAndView<ReviewPage> next(Authentication authentication) {
        long userId = CurrentUser.of(authentication).id();
        Instant now = clock.instant();
        // Today's read counts the reviews due now as countDue does (TodayReadIT): one statement fewer a page (issue 13).
        PlanService.Today today = plans.today(userId, now);
        long due = today.dueReviews();
        PlanCounts plan = PlanCounts.of(today);
        ReviewPage page = reviews.due(userId, now, 1).stream().findFirst().map(item -> {
            PublishedCourse course = courses.version(item.courseId(), item.version()).orElseThrow();
            Question question = question(course.quiz(), item.questionIndex());
            return new ReviewPage(due, course, new Quiz(List.of(renumbered(question))),
                    FormTicket.sign(PURPOSE, userId, Map.of("event", UUID.randomUUID().toString(),
                            "module", item.courseId(), "version", Integer.toString(item.version()),
                            "question", Integer.toString(item.questionIndex()), "served", Long.toString(now.toEpochMilli()),
                            "serving", ReviewRecorder.servingOf(item)), signatures),
                    QuizEntry.EMPTY, mastery.leechLapses(userId, item.courseId(), item.version(), item.questionIndex()), plan);
        }).orElseGet(() -> new ReviewPage(due, null, null, null, QuizEntry.EMPTY, 0, plan));
        return new ModelAndView<>("learn/review", page);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, @Body Map<String, Object> form, Authentication authentication) {
        // A map, not a record: the answer fields are the shared quiz form's (q1 and c1 here, q1
        // posted once per ticked box), read by QuizForm like a module quiz's; FormTicket reads
        // the signed fields beside them.
        long userId = CurrentUser.of(authentication).id();
        Optional<Map<String, String>> ticket = FormTicket.verify(PURPOSE, userId, form, FIELDS, signatures);
        if (ticket.isEmpty()) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "error.reviewForm");
        }
        Map<String, String> t = ticket.get();
        UUID eventId = UUID.fromString(t.get("event"));
        // A complete answer sent again is refused by the recorder below (its serving has moved on);
        // a refused one is looked up here.
        // The form numbers the single question 1; the ticket says which question it really is.
        Optional<PublishedCourse> course = courses.version(t.get("module"), Integer.parseInt(t.get("version")));
        if (course.isEmpty()) {
            return errorPages.page(request, HttpStatus.BAD_REQUEST, "error.reviewForm");
        }
        Quiz single = new Quiz(List.of(renumbered(question(course.get().quiz(), Integer.parseInt(t.get("question"))))));
        QuizEntry entry = QuizEntry.read(single, form);
        if (!entry.complete()) {
            if (reviews.event(eventId).isPresent()) {
                // Sent again: one answer per serving, so a right answer after seeing the key counts for nothing.
                return errorPages.page(request, HttpStatus.CONFLICT, "error.reviewAnswered");
            }
            // A blank is not a wrong answer: refused, kept on the page with the same ticket, nothing recorded.
            PlanService.Today today = plans.today(userId);
            ReviewPage page = new ReviewPage(today.dueReviews(), course.get(), single,
                    FormTicket.sign(PURPOSE, userId, t, signatures), entry,
                    mastery.leechLapses(userId, t.get("module"), Integer.parseInt(t.get("version")), Integer.parseInt(t.get("question"))),
                    PlanCounts.of(today));
            return HttpResponse.unprocessableEntity().body(new ModelAndView<>("learn/review", page));
        }
        // One transaction: the answer, and today's plan stamped complete (so the streak) when this completes it.
        PlanService.Answered<Boolean> answer = plans.answering(userId, rep -> recorder.recordServing(eventId, userId, t.get("module"),
                Integer.parseInt(t.get("version")), Integer.parseInt(t.get("question")),
                Instant.ofEpochMilli(Long.parseLong(t.get("served"))), t.get("serving"), entry.answers().get(1), entry.confidence().get(1),
                rep));
        if (!answer.result()) {
            // Answered since this page was served (another tab, or a copy of the page): refused.
            return errorPages.page(request, HttpStatus.CONFLICT, "error.reviewAnswered");
        }
        boolean completedIt = answer.completedPlan();
        MutableHttpResponse<?> answered = HttpResponse.seeOther(URI.create("/reviews/answered/" + eventId));
        return completedIt ? answered.cookie(PlanDoneMark.cookie(eventId.toString(), request.isSecure())) : answered;
    }

    /** With the "plan done" banner when this answer completed today's plan ({@link PlanDoneMark}). */
    @Get("/answered/{id}")
    HttpResponse<?> answered(HttpRequest<?> request, @PathVariable String id, Authentication authentication) {
        long userId = CurrentUser.of(authentication).id();
        Optional<ReviewEvent> event;
        try {
            event = reviews.event(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            event = Optional.empty();
        }
        if (event.isEmpty() || event.get().userId() != userId) {
            return errorPages.page(request, HttpStatus.NOT_FOUND, "error.noReview");
        }
        ReviewEvent e = event.get();
        PublishedCourse course = courses.version(e.courseId(), e.version()).orElseThrow();
        Quiz single = new Quiz(List.of(renumbered(question(course.quiz(), e.questionIndex()))));
        QuizGrading.Result result = QuizGrading.grade(single,
                Map.of(1, new QuizGrading.Answer(new HashSet<>(e.chosenKeys()), e.textAnswer())));
        PlanService.Today today = plans.today(userId);
        Integer planDone = PlanDoneMark.names(request, e.id().toString()) && today.complete() ? today.streak() : null;
        return HttpResponse.ok(new ModelAndView<>("learn/review-answered",
                new AnsweredPage(course, result, today.dueReviews(), PlanCounts.of(today), planDone)));
    }

    private static Question question(Quiz quiz, int index) {
        return quiz.questions().stream().filter(q -> q.index() == index).findFirst().orElseThrow();
    }

    /** The same question as question 1 of a one-question quiz, so the shared quiz fragments can show it. */
    private static Question renumbered(Question q) {
        return new Question(1, q.prompt(), q.type(), q.options(), q.acceptedAnswers(), q.acceptedPatterns(), q.explanationHtml(), q.line());
    }

}
