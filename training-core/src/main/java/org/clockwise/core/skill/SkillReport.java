package org.clockwise.core.skill;

import jakarta.inject.Singleton;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseQueries;
import org.clockwise.core.people.Rep;
import org.clockwise.core.people.User;
import org.clockwise.core.people.UserStore;

import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A rep's skills against their targets, with the trend of the last weeks. */
@Singleton
public class SkillReport {

    public record SkillLine(String id, String name, int percent, int targetPercent, List<Integer> trend) {
        public boolean onTarget() {
            return percent >= targetPercent;
        }
    }

    private final SkillStatuses statuses;
    private final EvidenceQueries evidence;
    private final AnswerRecall recall; // per answer, without the queries' connection interceptor (issue 13)
    private final CourseQueries courses;
    private final UserStore users;
    private final ProficiencyModel model = new ProficiencyModel();
    /** Answers this recent are read again on the next change of the rep's stamp: a transaction commits late by less. */
    private static final Duration RECENT = Duration.ofMinutes(10);
    private final TargetQueries targets;
    private final Clock clock;
    private final SkillHistoryCache cache;
    private final SkillHistoryQueries history;

    SkillReport(SkillStatuses statuses, EvidenceQueries evidence, AnswerRecall recall, CourseQueries courses, UserStore users,
                TargetQueries targets, Clock clock, SkillHistoryCache cache, SkillHistoryQueries history) {
        this.recall = recall;
        this.cache = cache;
        this.history = history;
        this.statuses = statuses;
        this.evidence = evidence;
        this.targets = targets;
        this.courses = courses;
        this.users = users;
        this.clock = clock;
    }

    /**
     * The rep's skills now, each with its trend over the last {@code weeks} weeks. The trends and
     * each question's latest answer come from {@link SkillHistoryCache} while the rep's evidence
     * stamp holds (issue 13, "Speed"); proficiency, targets and the catalog are as of now.
     */
    public List<SkillLine> skills(long userId, int weeks) {
        return report(userId, weeks).skills();
    }

    /**
     * {@link #skills(long, int)} with the rep's evidence stamp it was read at: the rest of My skills
     * (coverage, leeches, mastered questions) changes only with the rep's answers too, so the page keeps
     * it per stamp (issue 13, "Speed", the fourth round).
     */
    public record Report(EvidenceQueries.Stamp stamp, List<SkillLine> skills) {
    }

    public Report report(long userId, int weeks) {
        return report(userId, weeks, clock.instant());
    }

    List<SkillLine> skills(long userId, int weeks, Instant now) {
        return report(userId, weeks, now).skills();
    }

    Report report(long userId, int weeks, Instant now) {
        EvidenceQueries.Stamp stamp = evidence.stamp(userId);
        return new Report(stamp, skills(userId, weeks, now, stamp));
    }

    private List<SkillLine> skills(long userId, int weeks, Instant now, EvidenceQueries.Stamp stamp) {
        Computed computed = compute(users.findById(userId).orElseThrow(), weeks, now, stamp);
        return lines(computed.current(), computed.trends());
    }

    /**
     * The rep's skill statuses now, exactly what {@link SkillStatuses#of(Rep, Instant)} gives (issue 13, "Speed",
     * wt-today3): Today's gap reason quotes the skill's figures now and read every answer of the rep for them on
     * every view; here each question's latest answer comes from {@link SkillHistoryCache} while the rep's evidence
     * stamp holds (two index counts), and recall is computed as of now in memory. {@code weeks} is My skills'
     * trend length, so the two pages share one kept entry. SkillHistoryRefreshIT compares the two.
     */
    public List<SkillStatus> statuses(User user, int weeks) {
        return statuses(user, weeks, clock.instant());
    }

    List<SkillStatus> statuses(User user, int weeks, Instant now) {
        return compute(user, weeks, now, evidence.stamp(user.id())).current().skills();
    }

    /** The skills as of {@code now} and each skill's trend. */
    private record Computed(SkillStatuses.Current current, Map<String, List<Integer>> trends) {
    }

    private Computed compute(User user, int weeks, Instant now, EvidenceQueries.Stamp stamp) {
        long userId = user.id();
        Rep rep = user.rep();
        LocalDate lastWeek = rep.day(now).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SkillHistoryCache.Key key = new SkillHistoryCache.Key(stamp, user.zone(), lastWeek, weeks);
        SkillHistoryCache.Entry entry = cache.get(userId, key);
        if (entry != null && !entry.lastAnswered().isAfter(now)) {
            List<Evidence> latest = new ArrayList<>(entry.base().slots().size());
            entry.latest().forEach(a -> latest.add(recall.asOf(a, now)));
            SkillStatuses.Current current = statuses.of(rep, now, latest);
            if (current.skills().stream().allMatch(s -> entry.trends().containsKey(s.skillId()))) {
                return new Computed(current, entry.trends());
            }
        }
        SkillHistoryCache.Entry fresh = refresh(userId, key, cache.any(userId), now);
        if (!fresh.lastAnswered().isAfter(now)) {
            cache.put(userId, fresh);
            List<Evidence> latest = new ArrayList<>(fresh.base().slots().size());
            fresh.latest().forEach(a -> latest.add(recall.asOf(a, now)));
            return new Computed(statuses.of(rep, now, latest), fresh.trends());
        }
        // An answer after now (another instance's clock a little ahead) does not count yet: the whole history serves then.
        List<EvidenceQueries.Answer> answers = evidence.answers(userId);
        List<Evidence> all = new ArrayList<>(answers.size());
        answers.forEach(a -> all.add(recall.asOf(a, now)));
        SkillStatuses.Current current = statuses.of(rep, now, all);
        Map<String, List<Integer>> trends = new HashMap<>();
        for (SkillStatus skill : current.skills()) {
            trends.put(skill.skillId(), trend(skill.skillId(), all, key));
        }
        return new Computed(current, trends);
    }

    /**
     * The rep's entry for their evidence now (issue 13, "Speed", the fourth round): the previous entry's
     * slots with only the answers since its {@link SkillHistoryCache.Base#since} merged in, when it was
     * made for the same weeks and zone and the counts show that no earlier answer was added; otherwise
     * from the whole history. Trends of every catalog skill; memory states as stored now, recall as of {@code now}.
     */
    private SkillHistoryCache.Entry refresh(long userId, SkillHistoryCache.Key key, SkillHistoryCache.Entry previous, Instant now) {
        SkillHistoryCache.Base base = previous == null || previous.base() == null || !previous.key().zone().equals(key.zone())
                || !previous.key().lastWeek().equals(key.lastWeek()) || previous.key().weeks() != key.weeks() ? null : previous.base();
        SkillHistoryQueries.Recent recent = base == null ? null : history.recent(userId, base.since());
        if (base != null && (base.attemptsBefore() + distinct(recent.rows(), false, null) != recent.stamp().attempts()
                || base.reviewsBefore() + distinct(recent.rows(), true, null) != recent.stamp().reviews())) {
            base = null; // an answer from before `since` came in late: read everything again
        }
        TrendSlots slots;
        Instant lastAnswered;
        EvidenceQueries.Stamp stamp;
        SkillHistoryCache.Base next;
        if (base == null) {
            // the whole history, but only each question's latest answer per week: all the slots keep (the fifth round)
            slots = new TrendSlots(key.lastWeek(), key.weeks(), key.zone());
            Instant since = clock.instant().minus(RECENT).truncatedTo(ChronoUnit.MILLIS);
            SkillHistoryQueries.Whole whole = history.whole(userId, slots.boundaries(), since);
            whole.answers().forEach(slots::add);
            lastAnswered = whole.lastAnswered();
            stamp = whole.stamp();
            next = new SkillHistoryCache.Base(slots.trim(), since, whole.attemptsBefore(), whole.reviewsBefore(), true);
        } else {
            slots = base.slots().copy();
            lastAnswered = previous.lastAnswered();
            for (SkillHistoryQueries.Row row : recent.rows()) {
                if (row.answer() != null) {
                    slots.add(row.answer());
                }
                lastAnswered = row.at().isAfter(lastAnswered) ? row.at() : lastAnswered;
            }
            Instant since = clock.instant().minus(RECENT).truncatedTo(ChronoUnit.MILLIS);
            if (base.since().isAfter(since)) {
                since = base.since();
            }
            stamp = recent.stamp();
            next = new SkillHistoryCache.Base(slots.trim(), since, base.attemptsBefore() + distinct(recent.rows(), false, since),
                    base.reviewsBefore() + distinct(recent.rows(), true, since), false);
        }
        QuestionMemories memories = new QuestionMemories(history.memories(userId), slots.questions());
        List<Evidence> kept = new ArrayList<>();
        slots.kept(memories::get).forEach(a -> kept.add(recall.asOf(a, now)));
        Map<String, List<Integer>> trends = new HashMap<>();
        for (CatalogView.Entry skill : courses.catalog().skills()) {
            trends.put(skill.id(), trend(skill.id(), kept, key));
        }
        SkillHistoryCache.Key read = new SkillHistoryCache.Key(stamp, key.zone(), key.lastWeek(), key.weeks());
        return new SkillHistoryCache.Entry(read, Map.copyOf(trends), memories, lastAnswered, next);
    }

    /** How many attempts (or review answers) the rows name, only those before {@code before} when it is given. */
    private static long distinct(List<SkillHistoryQueries.Row> rows, boolean review, Instant before) {
        Set<String> ids = new HashSet<>();
        for (SkillHistoryQueries.Row row : rows) {
            if (row.review() == review && (before == null || row.at().isBefore(before))) {
                ids.add(row.answerId());
            }
        }
        return ids.size();
    }

    private List<Integer> trend(String skillId, List<Evidence> evidence, SkillHistoryCache.Key key) {
        return model.trend(skillId, evidence, key.lastWeek(), key.weeks(), key.zone()).stream().map(p -> percent(p.proficiency())).toList();
    }

    private static List<SkillLine> lines(SkillStatuses.Current current, Map<String, List<Integer>> trends) {
        return current.skills().stream().map(s -> new SkillLine(s.skillId(), s.skillName(), percent(s.proficiency()),
                percent(s.target()), trends.get(s.skillId()))).toList();
    }

    /** How an attempt submitted at {@code at} moved the given skills: proficiency just before and just after. */
    public record Move(String id, String name, int before, int after, int target) {
    }

    public List<Move> moved(long userId, List<String> skillIds, Instant at) {
        User user = users.findById(userId).orElseThrow();
        int tenure = user.rep().tenureOn(user.rep().day(at));
        List<Evidence> upTo = evidence.evidence(userId, at).stream().filter(e -> !e.answeredAt().isAfter(at)).toList();
        List<Evidence> before = upTo.stream().filter(e -> e.answeredAt().isBefore(at)).toList();
        CatalogView catalog = courses.catalog();
        double retention = statuses.retention(user.rep());
        return skillIds.stream().map(id -> new Move(id, catalog.name(catalog.skills(), id),
                percent(model.proficiency(id, before, at, retention)), percent(model.proficiency(id, upTo, at, retention)),
                percent(targets.policy().forRetention(retention).target(id, tenure)))).toList();
    }

    private static int percent(double value) {
        return (int) Math.round(value * 100);
    }
}
