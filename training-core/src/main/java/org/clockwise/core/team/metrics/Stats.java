package org.clockwise.core.team.metrics;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small statistics shared by the metrics; package-private so the public API stays the records. */
final class Stats {

    private Stats() {
    }

    /** Median, averaging the two middle values for an even count; {@code null} when empty. */
    static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** {@code part / whole}, and 0 when {@code whole} is 0 so that an empty team shows 0 %, not NaN. */
    static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /**
     * Gini coefficient: {@code sum_i (2i - n - 1) x_i / (n * sum x)} over values sorted ascending,
     * i from 1. It is 0 when all values are equal and {@code (n-1)/n} when one holds everything;
     * 0 for no values or a zero total (nothing to be unequal about).
     */
    static double gini(int[] values) {
        int n = values.length;
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        long total = 0;
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            total += sorted[i];
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return total == 0 ? 0.0 : weighted / ((double) n * total);
    }

    /** Reps by id in input order; a repeated id keeps its first entry rather than failing a page. */
    static Map<Long, RepInfo> team(List<RepInfo> reps) {
        Map<Long, RepInfo> team = new LinkedHashMap<>();
        for (RepInfo rep : reps) {
            team.putIfAbsent(rep.id(), rep);
        }
        return team;
    }
}
