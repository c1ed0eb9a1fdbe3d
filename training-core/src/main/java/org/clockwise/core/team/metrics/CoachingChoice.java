package org.clockwise.core.team.metrics;

import org.clockwise.core.plan.NextLesson;
import org.clockwise.core.plan.PlanItem;
import org.clockwise.core.skill.SkillStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whom a manager coaches first: the reps furthest below target for their tenure, each with their
 * largest gap and the lesson the platform gives them next, which never contradict each other.
 *
 * <p>Who is on the list comes from the weekly snapshots ({@link #furthestBelowTarget}): a rep's gap
 * is their largest one, {@code targetPercent - percent} over their skills (the first in catalog
 * order on a tie); a rep at or above target on every skill has none; the list is the {@link #SIZE}
 * largest gaps, largest first, ties by name (then in the order of the reps).
 *
 * <p>What each row says comes from the rep's live skill statuses, the very ones the daily plan
 * chose the next lesson against ({@link #rows}): a snapshot is as old as the rep's last answer or
 * the nightly refresh, so its proficiency has not faded since and its target may be that of an
 * earlier tenure band, and it rounds where the plan's reason rounds down. The row's largest gap is
 * the plan's (largest gap first, ties by skill name, {@link SkillStatus#LARGEST_GAP_FIRST}), in the
 * plan reason's whole percent; the next lesson and its reason are the plan's, unchanged; and the
 * row says how the two relate ({@link Aim}), so a lesson chosen by track, by a manager's
 * assignment or for another skill never reads as aimed at the largest gap.
 */
public final class CoachingChoice {

    /** How many reps the list holds at most. */
    public static final int SIZE = 10;

    private static final Comparator<RepGap> ORDER = Comparator.comparingInt(RepGap::size).reversed()
            .thenComparing(g -> g.rep().name());

    /** How the next lesson relates to the row's largest gap. */
    public enum Aim {
        /** The plan chose it for this gap: its reason names the skill. */
        GAP,
        /** Chosen for another reason (track, assignment, another skill, something new), but it practises this skill too. */
        ALSO,
        /** Chosen for another reason, and it does not practise this skill. */
        ELSEWHERE,
        /** No lesson is left to give. */
        NONE
    }

    /**
     * One row of the list.
     *
     * @param rep      the rep
     * @param skill    their largest gap, live
     * @param percent  its proficiency in whole percent, rounded down as the plan's reason rounds
     * @param target   its target in whole percent
     * @param lesson   the next lesson not completed yet, {@code null} when none is left
     * @param tomorrow whether today's lesson is done, so {@code lesson} is the one after it
     * @param aim      how {@code lesson} relates to {@code skill}
     */
    public record Row(RepInfo rep, SkillStatus skill, int percent, int target, PlanItem lesson, boolean tomorrow, Aim aim) {

        /** Checks that rep, skill and aim are present and that the aim fits the lesson. */
        public Row {
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(aim, "aim");
            if ((lesson == null) != (aim == Aim.NONE)) {
                throw new IllegalArgumentException("aim NONE if and only if there is no lesson, was " + aim);
            }
        }

        /** Percentage points below target, more than 0. */
        public int gap() {
            return target - percent;
        }
    }

    private static final Comparator<Row> ROW_ORDER = Comparator.comparingInt(Row::gap).reversed()
            .thenComparing(r -> r.rep().name());

    private CoachingChoice() {
    }

    /**
     * @param reps   the team
     * @param trends each rep's skills, by rep id; a rep without an entry has no gap
     * @return at most {@link #SIZE} reps with their largest gap
     */
    public static List<RepGap> furthestBelowTarget(List<RepInfo> reps, Map<Long, List<SkillTrend>> trends) {
        List<RepGap> gaps = new ArrayList<>();
        for (RepInfo rep : reps) {
            SkillTrend largest = null;
            for (SkillTrend skill : trends.getOrDefault(rep.id(), List.of())) {
                if (largest == null || skill.gap() > largest.gap()) {
                    largest = skill;
                }
            }
            if (largest != null && largest.gap() > 0) {
                gaps.add(new RepGap(rep, largest));
            }
        }
        gaps.sort(ORDER);
        return List.copyOf(gaps.subList(0, Math.min(SIZE, gaps.size())));
    }

    /**
     * The rows for the reps {@link #furthestBelowTarget} picked, from what the plan says of each now.
     * A rep without a live gap left (they reached target since the snapshot) or without an entry in
     * {@code next} has no row; the rows are ordered as the list is, by the live gaps.
     *
     * @param picked       the reps on the list
     * @param next         each rep's next lesson and live skills, by rep id
     * @param moduleSkills the skills each module practises, by module id
     */
    public static List<Row> rows(List<RepGap> picked, Map<Long, NextLesson> next, Map<String, Set<String>> moduleSkills) {
        List<Row> rows = new ArrayList<>();
        for (RepGap gap : picked) {
            NextLesson plan = next.get(gap.rep().id());
            if (plan == null) {
                continue;
            }
            plan.skills().stream().filter(s -> s.gap() > 0).min(SkillStatus.LARGEST_GAP_FIRST)
                    // A gap too small to show in whole percent ("at 70%, target 70%") is none on the list.
                    .filter(s -> s.percent() < s.targetPercent())
                    .ifPresent(s -> rows.add(new Row(gap.rep(), s, s.percent(), s.targetPercent(), plan.lesson(), plan.tomorrow(),
                            aim(s, plan.lesson(), moduleSkills))));
        }
        rows.sort(ROW_ORDER);
        return List.copyOf(rows);
    }

    /** GAP when the plan's reason names the skill; else whether the module practises it; NONE without a lesson. */
    static Aim aim(SkillStatus skill, PlanItem lesson, Map<String, Set<String>> moduleSkills) {
        if (lesson == null) {
            return Aim.NONE;
        }
        if (lesson.reason().gapSkillName().filter(skill.skillName()::equals).isPresent()) {
            return Aim.GAP;
        }
        return moduleSkills.getOrDefault(lesson.moduleId(), Set.of()).contains(skill.skillId()) ? Aim.ALSO : Aim.ELSEWHERE;
    }
}
