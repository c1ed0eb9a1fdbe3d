/**
 * Daily assignment: which spaced reviews and which one new micro-lesson a rep gets today,
 * within a time budget (5 minutes by default), each with a reason the rep can read.
 *
 * <p>{@link org.clockwise.core.plan.PlanPolicy} is a pure function from a
 * {@link org.clockwise.core.plan.PlanRequest} (plain records loaded by the caller) to a
 * {@link org.clockwise.core.plan.DailyPlan}: deterministic, no clock, no randomness, so
 * the same request always gives the same plan and tests run in milliseconds. Storing the plan
 * per rep and day (so a refresh does not reshuffle it) is the caller's job.
 */
package org.clockwise.core.plan;
