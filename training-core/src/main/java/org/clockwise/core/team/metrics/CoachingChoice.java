package org.clockwise.core.team.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Whom a manager coaches first: the reps furthest below target for their tenure.
 *
 * <p>A rep's gap is their largest one, {@code targetPercent - percent} over their skills (the
 * first in catalog order on a tie); a rep at or above target on every skill has none. The list
 * is the {@link #SIZE} largest gaps, largest first, ties by name (then in the order of the reps).
 */
public final class CoachingChoice {

    /** How many reps the list holds at most. */
    public static final int SIZE = 10;

    private static final Comparator<RepGap> ORDER = Comparator.comparingInt(RepGap::size).reversed()
            .thenComparing(g -> g.rep().name());

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
}
