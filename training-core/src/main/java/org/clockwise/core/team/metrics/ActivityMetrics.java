package org.clockwise.core.team.metrics;

import org.clockwise.core.plan.Streak;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Activity-based metrics (overview, streaks, weekly consistency); definitions are on {@link TeamMetrics}. */
final class ActivityMetrics {

    private static final int FULL_WEEKS = 4;

    private ActivityMetrics() {
    }

    static Overview overview(List<RepInfo> reps, List<RepDay> days, LocalDate today) {
        Map<Long, RepInfo> team = Stats.team(reps);
        // Future rows cannot be "this week" yet, and rows of reps outside the team are not this manager's.
        List<RepDay> known = days.stream()
                .filter(d -> team.containsKey(d.repId()) && !d.day().isAfter(today)).toList();
        Map<Long, TreeSet<LocalDate>> active = daysBy(known, true);
        Map<Long, TreeSet<LocalDate>> plans = daysBy(known, false);

        LocalDate weekAgo = ActivityWindows.activeFrom(today);
        int activeThisWeek = 0;
        int plansToday = 0;
        int plans7 = 0;
        int plans28 = 0;
        Map<String, Integer> streaks = new LinkedHashMap<>();
        Overview.STREAK_BUCKETS.forEach(b -> streaks.put(b, 0));
        List<Quiet> quiet = new ArrayList<>();
        for (RepInfo rep : team.values()) {
            TreeSet<LocalDate> repActive = active.getOrDefault(rep.id(), new TreeSet<>());
            TreeSet<LocalDate> repPlans = plans.getOrDefault(rep.id(), new TreeSet<>());
            if (repActive.ceiling(weekAgo) != null) {
                activeThisWeek++;
            }
            plansToday += repPlans.contains(today) ? 1 : 0;
            plans7 += repPlans.tailSet(weekAgo, true).size();
            plans28 += repPlans.tailSet(today.minusDays(27), true).size();
            streaks.merge(Overview.streakBucket(Streak.current(repPlans, today)), 1, Integer::sum);
            LocalDate last = repActive.isEmpty() ? null : repActive.last();
            // A never-active rep is measured from the hire date, so a rep hired yesterday is not "quiet".
            LocalDate since = last != null ? last : rep.hireDate();
            int daysQuiet = (int) ChronoUnit.DAYS.between(since, today);
            if (!since.isAfter(ActivityWindows.quietIfLastActiveBy(today))) {
                quiet.add(new Quiet(rep.id(), rep.name(), last, daysQuiet));
            }
        }
        quiet.sort(Comparator.comparingInt(Quiet::daysQuiet).reversed()
                .thenComparing(Quiet::lastActive, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Quiet::name).thenComparingLong(Quiet::repId));
        return new Overview(team.size(), activeThisWeek, plansToday, plans7, plans28,
                medianWeeklyMinutes(team.values(), known, today), streaks, quiet);
    }

    /** Median over reps of mean minutes per full week they were employed, among the last 4 full weeks. */
    private static double medianWeeklyMinutes(Collection<RepInfo> reps, List<RepDay> days, LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate windowStart = thisMonday.minusWeeks(FULL_WEEKS);
        Map<Long, Long> seconds = new HashMap<>();
        for (RepDay d : days) {
            if (!d.day().isBefore(windowStart) && d.day().isBefore(thisMonday)) {
                seconds.merge(d.repId(), (long) d.seconds(), Long::sum);
            }
        }
        List<Double> perRep = new ArrayList<>();
        for (RepInfo rep : reps) {
            // Weeks that ended before the hire date would drag a new hire's average down unfairly.
            long weeks = 0;
            for (int k = 1; k <= FULL_WEEKS; k++) {
                weeks += thisMonday.minusWeeks(k).plusDays(6).isBefore(rep.hireDate()) ? 0 : 1;
            }
            if (weeks > 0) {
                perRep.add(seconds.getOrDefault(rep.id(), 0L) / 60.0 / weeks);
            }
        }
        Double median = Stats.median(perRep);
        return median == null ? 0.0 : median;
    }

    static List<WeekConsistency> consistency(List<RepInfo> reps, List<RepDay> days, LocalDate lastWeekStart,
                                             int weeks) {
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must be >= 0, was " + weeks);
        }
        Map<Long, RepInfo> team = Stats.team(reps);
        Map<Long, TreeSet<LocalDate>> active = daysBy(
                days.stream().filter(d -> team.containsKey(d.repId())).toList(), true);
        LocalDate last = lastWeekStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeekConsistency> out = new ArrayList<>();
        for (int i = weeks - 1; i >= 0; i--) {
            LocalDate monday = last.minusWeeks(i);
            LocalDate sunday = monday.plusDays(6);
            Set<Long> now = activeIn(active, monday);
            Set<Long> previous = activeIn(active, monday.minusWeeks(1));
            // Reps hired after this week could not have been active in it, so they are not in the denominator.
            long employed = team.values().stream().filter(r -> !r.hireDate().isAfter(sunday)).count();
            long activeEmployed = now.stream().filter(id -> !team.get(id).hireDate().isAfter(sunday)).count();
            long retained = previous.stream().filter(now::contains).count();
            out.add(new WeekConsistency(monday, Stats.share(activeEmployed, employed),
                    Stats.share(retained, previous.size())));
        }
        return out;
    }

    private static Set<Long> activeIn(Map<Long, TreeSet<LocalDate>> active, LocalDate monday) {
        Set<Long> ids = new HashSet<>();
        active.forEach((id, set) -> {
            LocalDate first = set.ceiling(monday);
            if (first != null && first.isBefore(monday.plusWeeks(1))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Active days ({@code anyActivity}) or plan-completed days per rep; duplicate rows collapse. */
    private static Map<Long, TreeSet<LocalDate>> daysBy(List<RepDay> days, boolean anyActivity) {
        Map<Long, TreeSet<LocalDate>> out = new HashMap<>();
        for (RepDay d : days) {
            if (anyActivity ? d.active() : d.planCompleted()) {
                out.computeIfAbsent(d.repId(), k -> new TreeSet<>()).add(d.day());
            }
        }
        return out;
    }
}
