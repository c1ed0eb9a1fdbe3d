package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Onboarding metrics (time to competency, ramp-up); definitions are on {@link TeamMetrics}. */
final class RampMetrics {

    /** Rounding slack so that a mean of exactly the target is not missed by floating-point error. */
    private static final double EPSILON = 1e-9;

    private RampMetrics() {
    }

    static TimeToCompetency timeToCompetency(List<RepInfo> reps, List<SkillSample> samples,
                                             Set<String> onboardingSkills, double target) {
        OnboardingCurve.requireSkills(onboardingSkills);
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be finite, was " + target);
        }
        Map<Long, RepInfo> team = Stats.team(reps);
        Map<Long, List<SkillSample>> byRep = OnboardingCurve.byRep(samples, team.keySet());
        List<Double> days = new ArrayList<>();
        for (RepInfo rep : team.values()) {
            TreeMap<LocalDate, Double> curve = OnboardingCurve.of(byRep.getOrDefault(rep.id(), List.of()),
                    onboardingSkills);
            curve.entrySet().stream().filter(e -> e.getValue() >= target - EPSILON).findFirst()
                    // Experienced hires already at target in their first week count as 0 days, not negative.
                    .ifPresent(e -> days.add((double) Math.max(0, tenureAtWeekEnd(rep, e.getKey()))));
        }
        return new TimeToCompetency(Stats.median(days), days.size(), team.size() - days.size());
    }

    static List<RampPoint> ramp(List<RepInfo> reps, List<SkillSample> samples, Set<String> onboardingSkills,
                                LocalDate today, int recentDays) {
        OnboardingCurve.requireSkills(onboardingSkills);
        if (recentDays <= 0) {
            throw new IllegalArgumentException("recentDays must be > 0, was " + recentDays);
        }
        Map<Long, RepInfo> team = Stats.team(reps);
        Map<Long, List<SkillSample>> byRep = OnboardingCurve.byRep(samples, team.keySet());
        Map<Integer, List<Double>> earlierByWeek = new HashMap<>();
        List<RampPoint> recent = new ArrayList<>();
        for (RepInfo rep : team.values()) {
            long sinceHire = ChronoUnit.DAYS.between(rep.hireDate(), today);
            if (sinceHire < 0) {
                continue; // not started yet: neither a recent hire nor a baseline
            }
            boolean isRecent = sinceHire < recentDays;
            TreeMap<LocalDate, Double> curve = OnboardingCurve.of(byRep.getOrDefault(rep.id(), List.of()),
                    onboardingSkills);
            curve.headMap(today, true).forEach((week, mean) -> {
                int tenure = tenureAtWeekEnd(rep, week);
                if (tenure < 0) {
                    return; // a week that ended before the hire date is not part of the ramp
                }
                if (isRecent) {
                    recent.add(new RampPoint(rep.id(), tenure, mean, null));
                } else {
                    earlierByWeek.computeIfAbsent(tenure / 7, k -> new ArrayList<>()).add(mean);
                }
            });
        }
        List<RampPoint> out = new ArrayList<>();
        for (RampPoint p : recent) {
            out.add(new RampPoint(p.repId(), p.tenureDays(), p.proficiency(),
                    Stats.median(earlierByWeek.getOrDefault(p.tenureDays() / 7, List.of()))));
        }
        out.sort(Comparator.comparingLong(RampPoint::repId).thenComparingInt(RampPoint::tenureDays));
        return out;
    }

    /** Days from hire date to the Sunday ending the week that starts on {@code weekStart}. */
    private static int tenureAtWeekEnd(RepInfo rep, LocalDate weekStart) {
        return (int) ChronoUnit.DAYS.between(rep.hireDate(), weekStart.plusDays(6));
    }
}
