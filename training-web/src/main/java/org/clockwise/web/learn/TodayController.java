package org.clockwise.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.plan.PlanService;
import org.clockwise.core.plan.Reason;
import org.clockwise.core.skill.SkillStatus;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.web.i18n.UiMessages;
import org.clockwise.web.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A rep's Today page: the plan for their local day, progress, reviews due, streak. */
@Controller(value = "/today", produces = MediaType.TEXT_HTML)
@Secured("REP")
@ExecuteOn(TaskExecutors.BLOCKING)
class TodayController {

    /**
     * {@code lesson} and {@code lessonModule} are null on a day without a new lesson;
     * {@code lessonReason}: the lesson's reason with today's figures; {@code reviewsLeft}: the
     * plan's reviews not answered yet; {@code optionalDue}: reviews due beyond them.
     */
    record TodayPage(PlanService.Today today, @Nullable PlanService.Line lesson, @Nullable Reason lessonReason,
                     @Nullable CourseSummary lessonModule, List<PlanService.Line> reviewLines, List<ReviewRow> reviewRows,
                     int reviewsLeft, long optionalDue) {
    }

    /**
     * One review line as the list shows it, its texts made in the page's language here (issue 13,
     * "Speed"): the template reads plain paths per row, where each row's ternaries and reason message
     * were OGNL evaluations. {@code doneClass}: "is-done" or ""; {@code mark}: ✔ or ○; {@code state}:
     * the screen reader's "done:" or "to do:".
     */
    record ReviewRow(String doneClass, String mark, String state, String title, String reason) {

        static ReviewRow of(PlanService.Line line, UiMessages messages, Locale locale) {
            Reason reason = line.item().reason();
            return new ReviewRow(line.done() ? "is-done" : "", line.done() ? "✔" : "○",
                    messages.text(locale, line.done() ? "today.plan.review.done" : "today.plan.review.open", List.of()),
                    line.title(), messages.text(locale, reason.key(), reason.args()));
        }
    }

    private final PlanService plans;
    private final CourseQueries courses;
    private final UserStore users;
    private final SkillReport skills;
    private final UiMessages messages;
    private final HttpLocaleResolver locales;
    private final TodayKeep keep;

    TodayController(PlanService plans, CourseQueries courses, UserStore users, SkillReport skills,
                    UiMessages messages, HttpLocaleResolver locales, TodayKeep keep) {
        this.keep = keep;
        this.messages = messages;
        this.locales = locales;
        this.plans = plans;
        this.courses = courses;
        this.users = users;
        this.skills = skills;
    }

    @Get
    ModelAndView<TodayPage> today(Authentication authentication, HttpRequest<?> request) {
        long userId = CurrentUser.of(authentication).id();
        Locale locale = locales.resolveOrDefault(request);
        String mark = WriteMarkFilter.mark(request);
        if (keep.find(userId, mark, locale) instanceof TodayPage kept) {
            return new ModelAndView<>("learn/today", kept); // no read: see TodayKeep
        }
        User user = users.findById(userId).orElseThrow();
        PlanService.Today today = plans.today(user);
        PlanService.Line lesson = today.lesson();
        List<PlanService.Line> reviewLines = reviewLines(today);
        int left = (int) reviewLines.stream().filter(l -> !l.done()).count();
        List<ReviewRow> rows = reviewLines.stream().map(l -> ReviewRow.of(l, messages, locale)).toList();
        TodayPage page = new TodayPage(today, lesson,
                lesson == null ? null : live(user, lesson.item().reason()),
                lesson == null ? null : module(lesson.item().moduleId()),
                reviewLines, rows, left, optionalDue(today.dueReviews(), left));
        keep.keep(userId, mark, locale, user, today.day(), page);
        return new ModelAndView<>("learn/today", page);
    }

    private CourseSummary module(String id) {
        return courses.all().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    static List<PlanService.Line> reviewLines(PlanService.Today today) {
        return today.lines().stream().filter(l -> l.item().kind() == PlanItem.Kind.REVIEW).toList();
    }

    /** Reviews due now beyond the plan's open ones: optional, the backlog. */
    static long optionalDue(long dueNow, int planLeft) {
        return Math.max(0, dueNow - planLeft);
    }

    /**
     * The plan keeps its choice all day (a refresh never reshuffles it) and stores the figures it
     * was chosen with. A gap reason ("Discovery is at 35%, target 70%") is shown with the skill's
     * figures now, read from the same {@link org.clockwise.core.skill.SkillStatuses} the plan read, so it never quotes
     * yesterday's (or this morning's) proficiency after the rep has moved it. Other reasons carry no
     * figure that goes stale within the day. Issue 13, "Speed" (wt-today3): the figures come from
     * {@link SkillReport#statuses}, equal to {@code SkillStatuses.of(rep, now)}, without reading every answer
     * of the rep again on every view.
     */
    private Reason live(User user, Reason reason) {
        if (reason.gapSkillName().isEmpty() || reason.args().size() < 3) {
            return reason;
        }
        String name = reason.gapSkillName().get();
        List<SkillStatus> now = skills.statuses(user, ProgressPagesController.TREND_WEEKS);
        return now.stream().filter(s -> s.skillName().equals(name)).findFirst().map(s -> {
            List<String> args = new ArrayList<>(reason.args());
            args.set(1, Integer.toString(s.percent()));
            args.set(2, Integer.toString(s.targetPercent()));
            return new Reason(reason.key(), args);
        }).orElse(reason);
    }
}
