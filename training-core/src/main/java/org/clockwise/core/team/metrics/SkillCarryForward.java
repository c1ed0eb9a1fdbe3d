package org.clockwise.core.team.metrics;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.people.Rep;
import org.clockwise.core.skill.TargetPolicy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Each rep's skills on a team dashboard, from the weekly snapshots alone (never the answers).
 *
 * <p>The weeks are the {@code weeks} ISO weeks up to the one containing {@code today}; the latest
 * is "now". A snapshot is written only in a week the rep answered something, so a week without a
 * row carries the previous week's value forward (nothing was answered, nothing changed); the value
 * before the first week is the latest snapshot older than it, and 0 without one. The target is the
 * one stored with the value carried into the last week; a rep with no snapshot of a skill gets the
 * target for their tenure on {@code today} from the policy.
 */
public final class SkillCarryForward {

    private SkillCarryForward() {
    }

    /**
     * @param reps      the team
     * @param skills    the catalog's skills, in the order each rep's list keeps
     * @param snapshots the reps' snapshots, in any order; those after the last week are ignored
     * @param today     the viewer's date: its week is the last one
     * @param weeks     how many weeks of trend, 1 or more
     * @param targets   the targets for reps without a snapshot
     * @return per rep id (in the order of {@code reps}), one trend per catalog skill
     */
    public static Map<Long, List<SkillTrend>> trends(List<RepInfo> reps, List<CatalogView.Entry> skills,
                                                    List<WeeklySkill> snapshots, LocalDate today, int weeks,
                                                    TargetPolicy targets) {
        return trends(reps, skills, snapshots, today, weeks, rep -> targets);
    }

    /**
     * As above, with each rep's own targets (scaled for the retention their reviews aim at,
     * {@link TargetPolicy#forRetention}) for reps without a snapshot.
     */
    public static Map<Long, List<SkillTrend>> trends(List<RepInfo> reps, List<CatalogView.Entry> skills,
                                                    List<WeeklySkill> snapshots, LocalDate today, int weeks,
                                                    Function<RepInfo, TargetPolicy> targetsOf) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be >= 1, was " + weeks);
        }
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = lastWeek.minusWeeks(weeks - 1L);
        Map<Key, WeeklySkill> latestBefore = new HashMap<>();
        Map<Key, Map<LocalDate, WeeklySkill>> inRange = new HashMap<>();
        for (WeeklySkill s : snapshots) {
            Key key = new Key(s.repId(), s.skillId());
            if (s.weekStart().isBefore(firstWeek)) {
                latestBefore.merge(key, s, (a, b) -> a.weekStart().isAfter(b.weekStart()) ? a : b);
            } else {
                inRange.computeIfAbsent(key, k -> new HashMap<>()).put(s.weekStart(), s);
            }
        }
        Map<Long, List<SkillTrend>> trends = new LinkedHashMap<>();
        for (RepInfo rep : reps) {
            List<SkillTrend> repTrends = new ArrayList<>();
            for (CatalogView.Entry skill : skills) {
                Key key = new Key(rep.id(), skill.id());
                WeeklySkill current = latestBefore.get(key);
                Map<LocalDate, WeeklySkill> byWeek = inRange.getOrDefault(key, Map.of());
                List<Integer> trend = new ArrayList<>();
                for (int w = 0; w < weeks; w++) {
                    current = byWeek.getOrDefault(firstWeek.plusWeeks(w), current);
                    trend.add(current == null ? 0 : percent(current.proficiency()));
                }
                int target = current == null
                        ? percent(targetsOf.apply(rep).target(skill.id(), Rep.tenureDays(rep.hireDate(), today)))
                        : percent(current.target());
                repTrends.add(new SkillTrend(skill.id(), skill.name(), trend.get(weeks - 1), target, trend));
            }
            trends.put(rep.id(), List.copyOf(repTrends));
        }
        return trends;
    }

    private record Key(long repId, String skillId) {
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }
}
