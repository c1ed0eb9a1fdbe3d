/**
 * Team learning metrics for managers: pure functions over plain records with explicit dates.
 *
 * <p>Nothing here reads a clock, a database or a time zone, and nothing imports Micronaut: callers
 * pass "today" and days that are already local to each rep, so every result is reproducible in a
 * test. {@link org.clockwise.core.team.metrics.TeamMetrics} lists the activity, reach, spread and
 * ramp definitions; {@link org.clockwise.core.team.metrics.SkillCarryForward} turns weekly
 * snapshots into each rep's skills, {@link org.clockwise.core.team.metrics.CoachingChoice} picks
 * whom to coach and {@link org.clockwise.core.team.metrics.RampSampling} what the ramp-up view samples.
 * {@link org.clockwise.core.team.metrics.ActivityWindows} holds the bounds the SQL of the teams
 * overview shares.
 */
package org.clockwise.core.team.metrics;
