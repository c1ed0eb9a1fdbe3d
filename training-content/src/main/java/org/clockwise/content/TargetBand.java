package org.clockwise.content;

import java.util.Map;
import java.util.Objects;

/**
 * A target proficiency band from {@code catalog.yml}'s optional {@code targets:} list: for reps
 * whose tenure (days since hire) lies in {@code [fromDay, toDay]} ({@code toDay} null = open),
 * the proficiency to aim for per skill, with a default for skills not listed.
 */
public record TargetBand(int fromDay, Integer toDay, double defaultTarget, Map<String, Double> skills) {

    public TargetBand {
        if (fromDay < 0 || (toDay != null && toDay < fromDay)) {
            throw new IllegalArgumentException("bad tenure range [" + fromDay + ", " + toDay + "]");
        }
        skills = Map.copyOf(Objects.requireNonNull(skills, "skills"));
        if (!inRange(defaultTarget) || !skills.values().stream().allMatch(TargetBand::inRange)) {
            throw new IllegalArgumentException("targets are proportions between 0 and 1");
        }
    }

    static boolean inRange(double value) {
        return value >= 0 && value <= 1;
    }
}
