package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rep's mean onboarding proficiency per sampled week.
 *
 * <p>Each onboarding skill counts at its latest sample up to that week (carried forward, because
 * a week without a new sample does not mean the rep forgot) and as 0 before its first sample
 * (a skill never measured is not yet learned). Every onboarding skill weighs the same.
 */
final class OnboardingCurve {

    private OnboardingCurve() {
    }

    /** Mean onboarding proficiency by week start, for weeks where the rep has any onboarding sample. */
    static TreeMap<LocalDate, Double> of(List<SkillSample> repSamples, Set<String> skills) {
        TreeMap<LocalDate, Map<String, Double>> byWeek = new TreeMap<>();
        for (SkillSample s : repSamples) {
            if (skills.contains(s.skillId())) {
                // Two samples for the same week and skill: the later one in the input wins.
                byWeek.computeIfAbsent(s.weekStart(), k -> new HashMap<>()).put(s.skillId(), s.proficiency());
            }
        }
        Map<String, Double> latest = new HashMap<>();
        TreeMap<LocalDate, Double> curve = new TreeMap<>();
        byWeek.forEach((week, values) -> {
            latest.putAll(values);
            double sum = 0;
            for (String skill : skills) {
                sum += latest.getOrDefault(skill, 0.0);
            }
            curve.put(week, sum / skills.size());
        });
        return curve;
    }

    /** Samples grouped by rep, keeping only the given reps. */
    static Map<Long, List<SkillSample>> byRep(List<SkillSample> samples, Set<Long> repIds) {
        Map<Long, List<SkillSample>> out = new HashMap<>();
        for (SkillSample s : samples) {
            if (repIds.contains(s.repId())) {
                out.computeIfAbsent(s.repId(), k -> new ArrayList<>()).add(s);
            }
        }
        return out;
    }

    static void requireSkills(Set<String> skills) {
        if (skills.isEmpty()) {
            throw new IllegalArgumentException("onboardingSkills must not be empty");
        }
    }
}
