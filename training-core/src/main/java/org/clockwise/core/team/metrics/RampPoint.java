package org.clockwise.core.team.metrics;

/**
 * One week of a recent hire's ramp-up; see {@link TeamMetrics#ramp}.
 *
 * @param repId              the recent hire
 * @param tenureDays         days from hire date to the end (Sunday) of the week
 * @param proficiency        mean onboarding proficiency as of that week
 * @param earlierHiresMedian median of earlier hires' mean onboarding proficiency in the same
 *                           tenure week ({@code tenureDays / 7}); {@code null} without such data
 */
public record RampPoint(long repId, int tenureDays, double proficiency, Double earlierHiresMedian) {
}
