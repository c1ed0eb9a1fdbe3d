package org.clockwise.core.skill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Target proficiency per skill by tenure band. Bands are kept sorted by {@code fromDay}, must
 * not overlap and must cover day 0 onward without holes (so the last band is open-ended):
 * every tenure has exactly one target per skill.
 *
 * @param bands the tenure bands, in any order
 */
public record TargetSettings(List<Band> bands) {

    /**
     * Ramp-up defaults: breadth at a basic level first (buying cycle, discovery, personas),
     * then value conversations and objections, then negotiation and account planning, and for
     * veterans depth plus storytelling and sharing what they know.
     */
    public static final TargetSettings DEFAULT = new TargetSettings(List.of(
            new Band(0, 30, 0.30, Map.of(
                    "buyer-alignment", 0.5, "discovery-questioning", 0.5, "persona-insight", 0.5)),
            new Band(31, 60, 0.45, Map.of(
                    "value-articulation", 0.6, "objection-handling", 0.6,
                    "discovery-questioning", 0.6)),
            new Band(61, 90, 0.55, Map.of("negotiation", 0.65, "account-planning", 0.65)),
            new Band(91, null, 0.70, Map.of("coaching-and-sharing", 0.8, "storytelling", 0.8))));

    /**
     * Targets for one range of tenure days.
     *
     * @param fromDay       first tenure day of the band, inclusive, 0 or more
     * @param toDay         last tenure day, inclusive; {@code null} for open-ended
     * @param defaultTarget target in [0,1] for skills not listed in {@code perSkill}
     * @param perSkill      skill id to target in [0,1]
     */
    public record Band(int fromDay, Integer toDay, double defaultTarget,
                       Map<String, Double> perSkill) {

        /** Checks the day range and that every target is in [0,1]; messages name the band. */
        public Band {
            perSkill = perSkill == null ? Map.of() : Map.copyOf(perSkill);
            String name = label(fromDay, toDay);
            if (fromDay < 0) {
                throw new IllegalArgumentException("band " + name + ": fromDay must be >= 0");
            }
            if (toDay != null && toDay < fromDay) {
                throw new IllegalArgumentException("band " + name + ": toDay is before fromDay");
            }
            checkTarget(name, "default target", defaultTarget);
            perSkill.forEach((skill, t) -> checkTarget(name, "target for " + skill, t));
        }

        /** Whether the band contains the tenure day. */
        public boolean covers(int tenureDay) {
            return tenureDay >= fromDay && (toDay == null || tenureDay <= toDay);
        }

        /** The target for a skill in this band. */
        public double target(String skill) {
            return perSkill.getOrDefault(skill, defaultTarget);
        }

        /** "days 31-60" or "days 91+", as used in error messages. */
        public String label() {
            return label(fromDay, toDay);
        }

        private static String label(int from, Integer to) {
            return "days " + from + (to == null ? "+" : "-" + to);
        }

        private static void checkTarget(String band, String what, double t) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException(
                        "band " + band + ": " + what + " must be in [0,1], was " + t);
            }
        }
    }

    /** Sorts the bands and checks that they tile day 0 onward with no overlap or hole. */
    public TargetSettings {
        Objects.requireNonNull(bands, "bands");
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("at least one band is required, starting at day 0");
        }
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparingInt(Band::fromDay));
        if (sorted.get(0).fromDay() != 0) {
            throw new IllegalArgumentException("bands must cover day 0 onward, but the first band "
                    + sorted.get(0).label() + " starts at day " + sorted.get(0).fromDay());
        }
        for (int i = 1; i < sorted.size(); i++) {
            Band prev = sorted.get(i - 1);
            Band next = sorted.get(i);
            if (prev.toDay() == null || prev.toDay() >= next.fromDay()) {
                throw new IllegalArgumentException(
                        "band " + next.label() + " overlaps band " + prev.label());
            }
            if (prev.toDay() + 1 < next.fromDay()) {
                throw new IllegalArgumentException("no band covers days " + (prev.toDay() + 1)
                        + "-" + (next.fromDay() - 1) + " between band " + prev.label()
                        + " and band " + next.label());
            }
        }
        Band last = sorted.get(sorted.size() - 1);
        if (last.toDay() != null) {
            throw new IllegalArgumentException("no band covers days " + (last.toDay() + 1)
                    + "+ after band " + last.label() + "; make the last band open-ended");
        }
        bands = List.copyOf(sorted);
    }
}
