package org.clockwise.core.team.metrics;

/**
 * How evenly learning is spread across the team; see {@link TeamMetrics#spread}.
 *
 * @param topFifthShare share of all completions made by the most active fifth of reps (at least 1 rep)
 * @param gini          Gini coefficient of completions per rep: 0 perfectly even, towards 1 one rep does all
 * @param reps          reps counted
 * @param completions   completions counted
 */
public record Spread(double topFifthShare, double gini, int reps, int completions) {
}
