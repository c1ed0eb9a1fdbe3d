package org.clockwise.core.team.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Completion-based metrics (reach, spread); definitions are on {@link TeamMetrics}. */
final class ModuleMetrics {

    private ModuleMetrics() {
    }

    static Reach reach(Publication publication, List<RepInfo> reps, List<Completion> completions) {
        Map<Long, RepInfo> team = Stats.team(reps);
        // A retake must not move a rep's first completion, so keep the earliest per rep.
        Map<Long, Instant> first = new HashMap<>();
        for (Completion c : completions) {
            if (c.moduleId().equals(publication.moduleId()) && team.containsKey(c.repId())) {
                first.merge(c.repId(), c.completedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return new Reach(publication.moduleId(),
                within(first, publication.firstPublishedAt(), 3, team.size()),
                within(first, publication.firstPublishedAt(), 7, team.size()),
                within(first, publication.firstPublishedAt(), 14, team.size()),
                team.size());
    }

    /** Share of reps whose first completion is at most {@code days} x 24 h after publication (inclusive). */
    private static double within(Map<Long, Instant> first, Instant published, int days, int reps) {
        Instant deadline = published.plus(Duration.ofDays(days));
        long count = first.values().stream().filter(t -> !t.isAfter(deadline)).count();
        return Stats.share(count, reps);
    }

    static Spread spread(List<RepInfo> reps, List<Completion> completions) {
        Map<Long, RepInfo> team = Stats.team(reps);
        // Distinct modules per rep: retaking one module five times is not five times the learning.
        Map<Long, Set<String>> modules = new HashMap<>();
        for (Completion c : completions) {
            if (team.containsKey(c.repId())) {
                modules.computeIfAbsent(c.repId(), k -> new HashSet<>()).add(c.moduleId());
            }
        }
        int n = team.size();
        int[] counts = new int[n];
        int i = 0;
        int total = 0;
        for (long id : team.keySet()) {
            counts[i] = modules.getOrDefault(id, Set.of()).size();
            total += counts[i++];
        }
        int[] descending = Arrays.stream(counts).boxed()
                .sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
        int top = Math.min(n, Math.max(1, (int) Math.ceil(n * 0.2)));
        int topSum = 0;
        for (int k = 0; k < top; k++) {
            topSum += descending[k];
        }
        return new Spread(Stats.share(topSum, total), Stats.gini(counts), n, total);
    }
}
