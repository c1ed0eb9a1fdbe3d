package org.clockwise.content;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the optional {@code targets:} list of {@code catalog.yml}: target proficiency per
 * tenure band, a default plus per-skill values. Bands must start at day 0, follow each other
 * without gaps or overlaps, and the last one must be open-ended, so every rep has a target.
 */
final class TargetsParser {

    private static final List<String> BAND_KEYS = List.of("tenure-days", "default", "skills");

    private TargetsParser() {
    }

    static List<TargetBand> parse(SafeYaml.Entry key, Set<String> skills, ProblemLog log) {
        List<TargetBand> bands = new ArrayList<>();
        if (key == null || SafeYaml.isNull(key.value())) {
            return bands;
        }
        if (!(key.value() instanceof SequenceNode sequence)) {
            log.at(key.line() + 1, "`targets` must be a list of bands, each `- tenure-days: [from, to]` with `default:` and `skills:`");
            return bands;
        }
        List<Integer> lines = new ArrayList<>();
        for (Node node : sequence.getValue()) {
            int line = SafeYaml.line(node) + 1;
            if (!(node instanceof MappingNode mapping)) {
                log.at(line, "each entry in `targets` needs `tenure-days:`, `default:` and optionally `skills:`");
                continue;
            }
            Map<String, SafeYaml.Entry> keys = SafeYaml.entries(mapping, log, 1);
            for (SafeYaml.Entry entry : keys.values()) {
                if (!BAND_KEYS.contains(entry.key())) {
                    log.at(entry.line() + 1, "unknown key `" + entry.key() + "` in `targets`" + Ids.didYouMean(entry.key(), BAND_KEYS)
                            + ": allowed keys are " + String.join(", ", BAND_KEYS));
                }
            }
            TargetBand band = band(keys, line, skills, log);
            if (band != null) {
                bands.add(band);
                lines.add(line);
            }
        }
        checkCoverage(bands, lines, key.line() + 1, log);
        return bands;
    }

    private static TargetBand band(Map<String, SafeYaml.Entry> keys, int line, Set<String> skills, ProblemLog log) {
        SafeYaml.Entry range = keys.get("tenure-days");
        int[] days = range == null ? null : CatalogParser.tenure(range.value());
        if (days == null) {
            log.at(range == null ? line : range.line() + 1, "a target band needs `tenure-days: [from, to]` with whole days "
                    + "0 ≤ from ≤ to, or `[from, null]` for the last, open-ended band");
            return null;
        }
        SafeYaml.Entry defaultKey = keys.get("default");
        Double fallback = defaultKey == null ? null : proportion(defaultKey.value());
        if (fallback == null) {
            log.at(defaultKey == null ? line : defaultKey.line() + 1,
                    "a target band needs `default:` with a proportion between 0 and 1 (0.7 means 70%)");
            return null;
        }
        Map<String, Double> perSkill = new LinkedHashMap<>();
        SafeYaml.Entry skillsKey = keys.get("skills");
        if (skillsKey != null && !SafeYaml.isNull(skillsKey.value())) {
            if (!(skillsKey.value() instanceof MappingNode mapping)) {
                log.at(skillsKey.line() + 1, "`skills:` in a target band maps skill ids to proportions, like `discovery-questioning: 0.6`");
                return null;
            }
            for (SafeYaml.Entry entry : SafeYaml.entries(mapping, log, 1).values()) {
                Double value = proportion(entry.value());
                if (!skills.contains(entry.key())) {
                    log.at(entry.line() + 1, "unknown skill `" + entry.key() + "` in `targets`" + Ids.didYouMean(entry.key(), skills)
                            + ": use a skill id from `skills`");
                } else if (value == null) {
                    log.at(entry.line() + 1, "target for `" + entry.key() + "` must be a proportion between 0 and 1 (0.7 means 70%)");
                } else {
                    perSkill.put(entry.key(), value);
                }
            }
        }
        return new TargetBand(days[0], days[1] < 0 ? null : days[1], fallback, perSkill);
    }

    private static void checkCoverage(List<TargetBand> bands, List<Integer> lines, int listLine, ProblemLog log) {
        if (bands.isEmpty()) {
            return;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> bands.get(i).fromDay()));
        int expectedFrom = 0;
        for (int k = 0; k < order.size(); k++) {
            TargetBand band = bands.get(order.get(k));
            int line = lines.get(order.get(k));
            if (band.fromDay() != expectedFrom) {
                log.at(line, (band.fromDay() > expectedFrom ? "gap in `targets`: no band covers day " + expectedFrom
                        : "overlap in `targets`: day " + band.fromDay() + " is covered twice")
                        + "; bands must follow each other from day 0");
            }
            if (band.toDay() == null) {
                if (k != order.size() - 1) {
                    log.at(line, "only the last target band may be open-ended (`[from, null]`)");
                }
                return;
            }
            expectedFrom = band.toDay() + 1;
        }
        log.at(listLine, "the last target band must be open-ended, like `tenure-days: [" + expectedFrom + ", null]`, so veterans have targets too");
    }

    private static Double proportion(Node node) {
        if (!(node instanceof ScalarNode scalar)) {
            return null;
        }
        try {
            double value = Double.parseDouble(scalar.getValue().trim());
            return TargetBand.inRange(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
