package org.clockwise.core.team.metrics;

/**
 * How long new reps take to reach the onboarding target; see {@link TeamMetrics#timeToCompetency}.
 *
 * @param medianDays median days from hire to the end of the first week at target, over reps who
 *                   reached it; {@code null} when nobody did
 * @param reached    reps who reached the target
 * @param notYet     reps who have not (yet)
 */
public record TimeToCompetency(Double medianDays, int reached, int notYet) {
}
