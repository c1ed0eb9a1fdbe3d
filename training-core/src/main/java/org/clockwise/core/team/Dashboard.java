package org.clockwise.core.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.plan.AssignmentStore;
import org.clockwise.core.plan.Reason;
import org.clockwise.core.team.metrics.CoachingChoice;
import org.clockwise.core.team.metrics.Overview;
import org.clockwise.core.team.metrics.RampPoint;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillTrend;
import org.clockwise.core.team.metrics.Spread;
import org.clockwise.core.team.metrics.TimeToCompetency;
import org.clockwise.core.team.metrics.WeekConsistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a manager sees of a team at a glance, as data: numbers, names and lists, nothing drawn.
 *
 * @param reps        the team, as asked for
 * @param skills      the catalog's skills, in catalog order
 * @param skillTrends each rep's skills by rep id, one per catalog skill (see {@code SkillCarryForward})
 * @param overview    activity, streaks and quiet reps
 * @param progression one skill's team average per week, or {@code null} when the catalog has no skills
 * @param coaching    the reps to coach first
 * @param assignments the reps' manager assignments
 * @param modules     the live modules, which can be assigned
 * @param culture     reach of new modules, spread and week-to-week consistency
 * @param coverage    phases × personas covered by completions
 * @param ramp        recent hires' ramp-up, or {@code null} when no module belongs to the first track
 * @param catalog     the catalog the dashboard was made with (the page groups the assignable modules by it,
 *                    without reading it again on every view)
 */
public record Dashboard(List<RepInfo> reps, List<CatalogView.Entry> skills, Map<Long, List<SkillTrend>> skillTrends,
                        Overview overview, Progression progression, List<Coaching> coaching,
                        List<AssignmentStore.Row> assignments, List<CourseSummary> modules, Culture culture,
                        Coverage coverage, Ramp ramp, CatalogView catalog) {

    /** How many weeks of activity and skill trend a dashboard shows, the current one included. */
    public static final int WEEKS = 12;

    /** How many days after their hire date a rep counts as a recent hire in the ramp-up view. */
    public static final int RECENT_HIRE_DAYS = 180;

    /**
     * One skill's team average per week.
     *
     * @param skillId   the skill shown
     * @param skillName its name
     * @param weeks     the Monday of each week, oldest first
     * @param averages  team average in percent per week ({@code null} entries without reps)
     * @param target    the reps' average target in percent, or {@code null} without reps
     * @param skills    every skill that can be shown instead
     */
    public record Progression(String skillId, String skillName, List<LocalDate> weeks, List<Double> averages, Double target,
                              List<CatalogView.Entry> skills) {

        /** Copies the lists; the averages may hold nulls. */
        public Progression {
            weeks = List.copyOf(weeks);
            averages = Collections.unmodifiableList(new ArrayList<>(averages));
            skills = List.copyOf(skills);
        }
    }

    /**
     * A rep to coach: their largest gap for their tenure, live, and the next lesson the platform gives
     * them that they have not completed, with the plan's reason; {@code nextTitle} is "" and
     * {@code reason} {@code null} when every module is done. {@code tomorrow}: today's lesson is
     * done, so this is the one after it. {@code aim}: whether that lesson was chosen for this gap
     * (see {@link CoachingChoice}).
     */
    public record Coaching(long repId, String name, String skill, int percent, int target, String nextTitle, Reason reason,
                           boolean tomorrow, CoachingChoice.Aim aim) {
    }

    /** How fast new modules reach the team, how evenly learning is spread, how steady it is week to week. */
    public record Culture(List<ReachRow> reach, Spread spread, List<WeekConsistency> weeks) {
    }

    /**
     * The share of the team, in percent, that completed a new module within 3, 7 and 14 days of its
     * own first publication; a window that has not elapsed yet holds the share so far.
     *
     * @param ageDays whole days since the module's first publication: window N is over when {@code ageDays >= N}
     */
    public record ReachRow(String title, int after3, int after7, int after14, long ageDays) {

        /** Whether the window of this many days since publication is over, so its figure is final. */
        public boolean elapsed(int days) {
            return ageDays >= days;
        }
    }

    /** Phases × personas: the share of the team that completed a module for each cell. */
    public record Coverage(List<CatalogView.Entry> phases, List<CoverageRow> rows) {
    }

    /** One persona's row of {@link Coverage}: a percent per phase, in the order of the phases. */
    public record CoverageRow(String persona, List<Integer> percents) {
    }

    /**
     * New hires' onboarding proficiency by tenure next to earlier hires, and the median time to competency.
     *
     * @param points        recent hires' weekly points, by rep then tenure
     * @param competency    time to competency of the reps watched from their first week
     * @param targetPercent the onboarding score that counts as competent, in percent
     */
    public record Ramp(List<RampPoint> points, TimeToCompetency competency, int targetPercent) {
    }
}
