/**
 * Team learning metrics for managers: pure functions over plain records with explicit dates.
 *
 * <p>Nothing here reads a clock, a database or a time zone: callers pass "today" and days that are
 * already local to each rep, so every result is reproducible in a test. The entry point is
 * {@link org.clockwise.core.team.metrics.TeamMetrics}; its Javadoc lists every definition.
 * {@link org.clockwise.core.team.metrics.ActivityWindows} holds the bounds the SQL of the teams
 * overview shares.
 */
package org.clockwise.core.team.metrics;
