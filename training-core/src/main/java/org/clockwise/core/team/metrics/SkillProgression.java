package org.clockwise.core.team.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One skill's team average per week, with the team's average target.
 *
 * @param skillId  the skill
 * @param averages mean proficiency in percent over the reps, per week, oldest first; every entry
 *                 {@code null} when no rep has the skill
 * @param target   mean target in percent over the reps, or {@code null} when no rep has the skill
 */
public record SkillProgression(String skillId, List<Double> averages, Double target) {

    /** Checks the skill and copies the averages (nulls allowed). */
    public SkillProgression {
        Objects.requireNonNull(skillId, "skillId");
        averages = Collections.unmodifiableList(new ArrayList<>(averages));
    }

    /**
     * @param trends  each rep's skills, by rep id
     * @param skillId the skill to follow
     * @param weeks   how many weeks; a trend shorter than that counts as 0 in the missing weeks
     * @return the team's progression in that skill
     */
    public static SkillProgression of(Map<Long, List<SkillTrend>> trends, String skillId, int weeks) {
        List<SkillTrend> perRep = trends.values().stream().flatMap(List::stream).filter(s -> s.skillId().equals(skillId)).toList();
        List<Double> averages = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            int week = w;
            averages.add(perRep.isEmpty() ? null
                    : perRep.stream().mapToInt(s -> s.trend().size() > week ? s.trend().get(week) : 0).average().orElse(0));
        }
        Double target = perRep.isEmpty() ? null : perRep.stream().mapToInt(SkillTrend::targetPercent).average().orElse(0);
        return new SkillProgression(skillId, averages, target);
    }
}
