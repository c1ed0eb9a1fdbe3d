package org.clockwise.core.team.metrics;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.skill.TargetPolicy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the ramp-up view of a team dashboard measures, from the reps' {@link SkillTrend}s: which
 * skills make up onboarding, the weekly samples {@link TeamMetrics#ramp} and
 * {@link TeamMetrics#timeToCompetency} read, the score that counts as competent, and which reps
 * were watched from their first week.
 */
public final class RampSampling {

    /** The tenure day whose targets define competency: the end of the first month. */
    public static final int COMPETENCY_DAY = 30;

    private RampSampling() {
    }

    /**
     * The onboarding skills: every skill of a live module in the first track of the catalog (the
     * track new hires start on). Empty without tracks or without such modules.
     *
     * @param tracks the catalog's tracks, in catalog order
     * @param live   the modules on offer (not retired)
     * @return the skill ids, sorted
     */
    public static Set<String> onboardingSkills(List<TrackInfo> tracks, List<CourseSummary> live) {
        Set<String> skills = new TreeSet<>();
        if (!tracks.isEmpty()) {
            String first = tracks.get(0).id();
            live.stream().filter(c -> first.equals(c.track())).forEach(c -> skills.addAll(c.skills()));
        }
        return skills;
    }

    /**
     * Each rep's trend in the onboarding skills as weekly samples: entry {@code i} of an
     * {@code n}-week trend is the week starting {@code n - 1 - i} weeks before the Monday of
     * {@code today}'s week, its percent divided by 100.
     *
     * @param trends     each rep's skills, by rep id
     * @param onboarding the skills to sample
     * @param today      the viewer's date: its week is each trend's last
     * @return the samples, by rep, skill and week
     */
    public static List<SkillSample> samples(Map<Long, List<SkillTrend>> trends, Set<String> onboarding, LocalDate today) {
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<SkillSample> samples = new ArrayList<>();
        trends.forEach((repId, skills) -> skills.stream().filter(s -> onboarding.contains(s.skillId())).forEach(s -> {
            List<Integer> trend = s.trend();
            for (int i = 0; i < trend.size(); i++) {
                samples.add(new SkillSample(repId, lastWeek.minusWeeks(trend.size() - 1L - i), s.skillId(), trend.get(i) / 100.0));
            }
        }));
        return samples;
    }

    /**
     * The onboarding score that counts as competent: the mean of the onboarding skills' targets on
     * tenure day {@link #COMPETENCY_DAY}, or 0.5 without onboarding skills.
     */
    public static double competencyTarget(Set<String> onboarding, TargetPolicy targets) {
        return onboarding.stream().mapToDouble(s -> targets.target(s, COMPETENCY_DAY)).average().orElse(0.5);
    }

    /**
     * The reps whose whole tenure lies inside the sampled weeks: hired on or after {@code today}
     * minus {@code weeks} weeks. Only they can say when they reached competency; an earlier hire's
     * first sample may already be above target.
     */
    public static List<RepInfo> observedFromHire(List<RepInfo> reps, LocalDate today, int weeks) {
        LocalDate since = today.minusWeeks(weeks);
        return reps.stream().filter(r -> !r.hireDate().isBefore(since)).toList();
    }
}
