package org.clockwise.core.team.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The team at a glance; see {@link TeamMetrics#overview} for every definition.
 *
 * @param reps                       reps in the team
 * @param activeThisWeek             reps with any activity in the 7 days ending today
 * @param plansCompletedToday        daily plans completed today
 * @param plansCompleted7d           daily plans completed in the 7 days ending today
 * @param plansCompleted28d          daily plans completed in the 28 days ending today
 * @param medianMinutesPerRepPerWeek median over reps of their mean weekly minutes in the last 4 full weeks
 * @param streakDistribution         reps per current-streak bucket, in the order of {@link #STREAK_BUCKETS}
 * @param quiet                      reps without activity for 7 days or more, most quiet first
 */
public record Overview(int reps, int activeThisWeek, int plansCompletedToday, int plansCompleted7d,
                       int plansCompleted28d, double medianMinutesPerRepPerWeek,
                       Map<String, Integer> streakDistribution, List<Quiet> quiet) {

    /** Streak buckets, shortest first; every bucket is always present in {@link #streakDistribution}. */
    public static final List<String> STREAK_BUCKETS = List.of("0", "1-2", "3-6", "7-13", "14+");

    /** Copies the collections (keeping the bucket order) so the overview cannot change afterwards. */
    public Overview {
        streakDistribution = Collections.unmodifiableMap(
                new LinkedHashMap<>(Objects.requireNonNull(streakDistribution, "streakDistribution")));
        quiet = List.copyOf(Objects.requireNonNull(quiet, "quiet"));
    }

    /**
     * The bucket a streak falls in.
     *
     * @param streak a current streak, in days
     * @return one of {@link #STREAK_BUCKETS}
     */
    public static String streakBucket(int streak) {
        if (streak <= 0) {
            return "0";
        }
        return streak <= 2 ? "1-2" : streak <= 6 ? "3-6" : streak <= 13 ? "7-13" : "14+";
    }
}
