/**
 * The rep's daily plan: which spaced reviews and which one new micro-lesson a rep gets today,
 * within a time budget (5 minutes by default), each with a reason the rep can read; and the
 * modules managers assign, which lead it. A {@link org.clockwise.core.plan.Reason} is a message key
 * and its arguments, stored with the plan; the words, in every language, are the web's.
 *
 * <p>{@link org.clockwise.core.plan.PlanPolicy} is a pure function from a
 * {@link org.clockwise.core.plan.PlanRequest} (plain records loaded by the caller) to a
 * {@link org.clockwise.core.plan.DailyPlan}: deterministic, no clock, no randomness, so
 * the same request always gives the same plan and tests run in milliseconds. Tenure leads the
 * lesson (track, catch-up, largest gap at the tenure; nothing from a later band early), new
 * material waits while reviews are heavy, and the plan's note says why a day has no lesson. The
 * year simulator in the tests ({@code bench.YearSimulator}) runs these rules over a cohort's year.
 * {@link org.clockwise.core.plan.PlanService} loads the inputs and stores the plan once per rep
 * and local day, so a refresh does not reshuffle it, with the reviews due by the moment it is
 * made (those the Reviews page serves); {@link org.clockwise.core.plan.Streak} counts the days in
 * a row it was completed, an empty plan (nothing left to learn or review) counting as completed.
 */
package org.clockwise.core.plan;
