package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Team learning metrics for a manager's dashboard: pure functions of their arguments.
 *
 * <p>Conventions shared by every function:
 * <ul>
 *   <li>Only the reps passed in count; activity, completions and samples of other reps are ignored.
 *       A repeated rep id keeps its first entry.</li>
 *   <li>A rep is <em>active</em> on a day when a {@link RepDay} for that day has a lesson, a review,
 *       a second of learning or a completed plan. Duplicate rows for one rep and day count once.</li>
 *   <li>Weeks are ISO weeks, Monday to Sunday. "Days since hire" is {@code DAYS.between(hireDate, d)}:
 *       0 on the hire date.</li>
 *   <li>A share whose denominator is empty is 0.0 (never NaN), so an empty team shows zeros.</li>
 * </ul>
 */
public final class TeamMetrics {

    private TeamMetrics() {
    }

    /**
     * The team at a glance as of {@code today}. Rows after {@code today} are ignored.
     * <ul>
     *   <li>{@code reps}: number of reps.</li>
     *   <li>{@code activeThisWeek}: reps active on at least one day in {@code [today-6, today]}.</li>
     *   <li>{@code plansCompletedToday / 7d / 28d}: rep-days with a completed plan on today, in
     *       {@code [today-6, today]}, in {@code [today-27, today]}.</li>
     *   <li>{@code medianMinutesPerRepPerWeek}: the last 4 full weeks are the 4 ISO weeks before the
     *       week containing today. For each rep, total seconds in those of the 4 weeks that end on or
     *       after the hire date, divided by 60 and by the number of such weeks (no activity = 0);
     *       reps hired during the current week have no such week and are left out. Median over
     *       reps (mean of the two middle values for an even count); 0.0 without reps.</li>
     *   <li>{@code streakDistribution}: reps per bucket of {@link org.clockwise.core.plan.Streak#current} of their
     *       plan-completed days; buckets {@link Overview#STREAK_BUCKETS}, all present.</li>
     *   <li>{@code quiet}: reps whose {@code daysQuiet >= 7}, where {@code daysQuiet} is days from the
     *       last active day (or from the hire date if never active) to today; sorted by
     *       {@code daysQuiet} descending, then never-active first, then name.</li>
     * </ul>
     *
     * @param reps  the team
     * @param days  activity rows, in each rep's local days
     * @param today the manager's "today"
     * @return the overview
     */
    public static Overview overview(List<RepInfo> reps, List<RepDay> days, LocalDate today) {
        return ActivityMetrics.overview(reps, days, today);
    }

    /**
     * Reach of a new module: for N in 3, 7, 14, the share of the given reps whose first completion
     * of the module is at most N x 24 h after {@code firstPublishedAt} (inclusive; a completion
     * before publication, e.g. from a preview, counts as in time). The denominator is all given reps:
     * the caller chooses the audience (for example, reps hired before publication). Values are as of
     * the completions passed in, so {@code after14} of a 5-day-old module is still growing.
     *
     * @param publication the module and its first publication
     * @param reps        the audience
     * @param completions completions (of any module; others are ignored)
     * @return the reach
     */
    public static Reach reach(Publication publication, List<RepInfo> reps, List<Completion> completions) {
        return ModuleMetrics.reach(publication, reps, completions);
    }

    /**
     * How evenly learning is spread. A rep's count is the number of distinct modules completed
     * (retakes count once); reps without completions count as 0.
     * <ul>
     *   <li>{@code topFifthShare}: completions of the {@code max(1, ceil(0.2 * reps))} reps with the
     *       highest counts, divided by all completions.</li>
     *   <li>{@code gini}: {@code sum_i (2i - n - 1) x_i / (n * sum x)}, counts sorted ascending, i from 1;
     *       0 when everyone has the same count, {@code (n-1)/n} when one rep has them all.</li>
     * </ul>
     *
     * @param reps        the team
     * @param completions completions over the period of interest (the caller filters by time)
     * @return the spread; zeros without reps or completions
     */
    public static Spread spread(List<RepInfo> reps, List<Completion> completions) {
        return ModuleMetrics.spread(reps, completions);
    }

    /**
     * Week-over-week consistency for {@code weeks} ISO weeks ending with the week containing
     * {@code lastWeekStart} (any day of it is accepted), oldest first.
     * <ul>
     *   <li>{@code activeShare}: reps active in the week, among reps hired on or before its Sunday.</li>
     *   <li>{@code retained}: reps active in both the week and the week before, divided by reps
     *       active the week before.</li>
     * </ul>
     *
     * @param reps          the team
     * @param days          activity rows
     * @param lastWeekStart the most recent week to report
     * @param weeks         how many weeks, {@code >= 0}
     * @return one entry per week
     */
    public static List<WeekConsistency> consistency(List<RepInfo> reps, List<RepDay> days, LocalDate lastWeekStart,
                                                    int weeks) {
        return ActivityMetrics.consistency(reps, days, lastWeekStart, weeks);
    }

    /**
     * Time to competency. A rep's weekly onboarding score is the mean over {@code onboardingSkills}
     * of each skill's latest sample up to that week (0 before a skill's first sample). A rep reaches
     * competency in the first sampled week whose score is {@code >= target}; the days are counted
     * from the hire date to that week's Sunday (at least 0). {@code medianDays} is the median over
     * reps who reached it ({@code null} if none); reps still below target are {@code notYet}, so a
     * young cohort's median is read together with that count.
     *
     * @param reps             the reps to measure (typically hires of a period)
     * @param samples          weekly skill samples
     * @param onboardingSkills the skills that make up competency, not empty
     * @param target           the score to reach, e.g. 0.7
     * @return the summary
     */
    public static TimeToCompetency timeToCompetency(List<RepInfo> reps, List<SkillSample> samples,
                                                    Set<String> onboardingSkills, double target) {
        return RampMetrics.timeToCompetency(reps, samples, onboardingSkills, target);
    }

    /**
     * Ramp-up of recent hires against earlier ones. Recent hires are reps with
     * {@code 0 <= DAYS.between(hireDate, today) < recentDays}; earlier hires are the rest hired
     * before that. Each sampled week starting on or before today whose Sunday is on or after the hire
     * date gives a point {@code (tenureDays = days from hire to that Sunday, onboarding score as in
     * timeToCompetency)}. Recent hires' points are returned; {@code earlierHiresMedian} is the median
     * score of earlier hires' points in the same tenure week {@code tenureDays / 7}, or {@code null}.
     * Sorted by rep, then tenure.
     *
     * @param reps             the team
     * @param samples          weekly skill samples
     * @param onboardingSkills the onboarding skills, not empty
     * @param today            the manager's "today"
     * @param recentDays       how far back a hire is recent, e.g. 180
     * @return the recent hires' points
     */
    public static List<RampPoint> ramp(List<RepInfo> reps, List<SkillSample> samples, Set<String> onboardingSkills,
                                       LocalDate today, int recentDays) {
        return RampMetrics.ramp(reps, samples, onboardingSkills, today, recentDays);
    }
}
