package org.clockwise.core.plan;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.clockwise.core.skill.SkillStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test data builders: each test states only what matters to its rule. */
final class Fixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final LocalDate HIRED = LocalDate.of(2025, 3, 3);

    static final List<TrackInfo> CATALOG_TRACKS = List.of(
            new TrackInfo("first-30-days", "First 30 days", 0, 30),
            new TrackInfo("days-31-60", "Days 31 to 60", 31, 60),
            new TrackInfo("days-61-90", "Days 61 to 90", 61, 90),
            new TrackInfo("veteran", "Veteran", 91, null));

    static final Map<String, String> PHASES = Map.of(
            "status-quo", "Status quo", "pain-recognition", "Pain recognition",
            "decision", "Decision");
    static final Map<String, String> PERSONAS = Map.of(
            "cio", "Chief Information Officer", "cfo", "Chief Financial Officer",
            "procurement", "Procurement");

    private Fixtures() {
    }

    static ModuleBuilder aModule(String id) {
        return new ModuleBuilder(id);
    }

    static RequestBuilder aRequest() {
        return new RequestBuilder();
    }

    /** A local time on the rep's calendar, in New York. */
    static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(NEW_YORK).toInstant();
    }

    static DueReview review(String moduleId, int question, Instant due, Instant lastSeen) {
        return new DueReview(moduleId, 1, question, "Prompt " + question, due, lastSeen);
    }

    static SkillStatus skill(String id, String name, double proficiency, double target) {
        return new SkillStatus(id, name, proficiency, target);
    }

    /**
     * The reason a test expects: its message key (stored with every plan, so keys stay stable) and
     * its arguments as text. The English of each key is in training-web's messages.properties.
     */
    static Reason reason(String key, Object... args) {
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    static final class ModuleBuilder {
        private final String id;
        private List<String> skills = List.of("buyer-alignment");
        private List<String> phases = List.of();
        private List<String> personas = List.of();
        private String track;
        private Integer order;
        private List<String> requires = List.of();
        private int minutes = 3;

        private ModuleBuilder(String id) {
            this.id = id;
        }

        ModuleBuilder skills(String... ids) { skills = List.of(ids); return this; }
        ModuleBuilder phases(String... ids) { phases = List.of(ids); return this; }
        ModuleBuilder personas(String... ids) { personas = List.of(ids); return this; }
        ModuleBuilder track(String trackId, Integer position) { track = trackId; order = position; return this; }
        ModuleBuilder requires(String... ids) { requires = List.of(ids); return this; }
        ModuleBuilder minutes(int m) { minutes = m; return this; }

        CourseSummary build() {
            return new CourseSummary(id, 1, "Title of " + id, "", skills, phases, personas, "basic", track, order,
                    requires, minutes, 4, Instant.EPOCH, false);
        }
    }

    static final class RequestBuilder {
        private LocalDate hireDate = HIRED;
        private ZoneId zone = NEW_YORK;
        private LocalDate day = HIRED.plusDays(11); // tenure day 12
        private int budget = PlanRequest.DEFAULT_BUDGET_SECONDS;
        private List<TrackInfo> tracks = CATALOG_TRACKS;
        private final List<CourseSummary> modules = new ArrayList<>();
        private final List<DueReview> reviews = new ArrayList<>();
        private final List<SkillStatus> skills = new ArrayList<>();
        private final Set<String> completed = new HashSet<>();
        private final Set<String> seenPhases = new HashSet<>();
        private final Set<String> seenPersonas = new HashSet<>();

        RequestBuilder onTenureDay(int tenureDay) { day = hireDate.plusDays(tenureDay - 1); return this; }
        RequestBuilder day(LocalDate d) { day = d; return this; }
        RequestBuilder hired(LocalDate d, ZoneId z) { hireDate = d; zone = z; return this; }
        RequestBuilder budget(int seconds) { budget = seconds; return this; }
        RequestBuilder tracks(List<TrackInfo> t) { tracks = t; return this; }
        RequestBuilder modules(ModuleBuilder... ms) { for (ModuleBuilder m : ms) modules.add(m.build()); return this; }
        RequestBuilder reviews(DueReview... rs) { reviews.addAll(List.of(rs)); return this; }
        RequestBuilder skills(SkillStatus... ss) { skills.addAll(List.of(ss)); return this; }
        RequestBuilder completed(String... ids) { completed.addAll(List.of(ids)); return this; }
        RequestBuilder seenPhases(String... ids) { seenPhases.addAll(List.of(ids)); return this; }
        RequestBuilder seenPersonas(String... ids) { seenPersonas.addAll(List.of(ids)); return this; }

        /** {@code n} reviews due at 07:00 today (questions 1..n of module "due"), last seen a week ago. */
        RequestBuilder dueToday(int n) {
            for (int q = 1; q <= n; q++) {
                reviews.add(review("due", q, at(day, 7), at(day.minusDays(7), 9)));
            }
            return this;
        }

        LocalDate day() { return day; }

        PlanRequest build() {
            return new PlanRequest(new Rep(7, hireDate, zone), day, budget, tracks, modules,
                    reviews, skills, new History(completed, seenPhases, seenPersonas),
                    PHASES, PERSONAS);
        }

        DailyPlan plan() {
            return new PlanPolicy().plan(build());
        }

        DailyPlan plan(PlanPolicy policy) {
            return policy.plan(build());
        }
    }
}
