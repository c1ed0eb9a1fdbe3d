package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillTrend;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reps × skills, each cell proficiency against target, sortable by rep or by a skill, either way round.
 *
 * @param sort       {@code rep} or {@code skill:<id>}: the sorted column
 * @param descending whether that column runs the other way (Z to A, strongest first)
 */
record Heatmap(List<CatalogView.Entry> skills, List<Row> rows, String sort, boolean descending) {

    /** Sorted ascending. */
    Heatmap(List<CatalogView.Entry> skills, List<Row> rows, String sort) {
        this(skills, rows, sort, false);
    }

    record Cell(String skillId, int percent, int target) {
        /** A class for colour, always shown with the number so colour is never the only signal. */
        public String level() {
            if (percent >= target) {
                return "heat-ok";
            }
            return percent * 10 >= target * 7 ? "heat-near" : "heat-low";
        }
    }

    record Row(long repId, String name, String team, List<Cell> cells) {
        public int percent(String skillId) {
            return cells.stream().filter(c -> c.skillId().equals(skillId)).mapToInt(Cell::percent).findFirst().orElse(0);
        }
    }

    /**
     * @param reps   the team
     * @param trends each rep's skills, by rep id
     * @param skills the catalog's skills: the columns
     * @param sort   {@code skill:<id>} for weakest first in that skill; anything else sorts by name
     */
    static Heatmap of(List<RepInfo> reps, Map<Long, List<SkillTrend>> trends, List<CatalogView.Entry> skills, String sort) {
        return of(reps, trends, skills, sort, null);
    }

    /** As {@link #of(List, Map, List, String)}, {@code dir=desc} reversing the order; anything else is ascending. */
    static Heatmap of(List<RepInfo> reps, Map<Long, List<SkillTrend>> trends, List<CatalogView.Entry> skills, String sort,
                      String dir) {
        List<Row> rows = reps.stream().map(rep -> new Row(rep.id(), rep.name(), rep.team() == null ? "" : rep.team(),
                trends.getOrDefault(rep.id(), List.of()).stream().map(s -> new Cell(s.skillId(), s.percent(), s.targetPercent()))
                        .toList())).toList();
        Comparator<Row> order = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Row::repId);
        String applied = "rep";
        if (sort != null && sort.startsWith("skill:") && skills.stream().anyMatch(s -> s.id().equals(sort.substring(6)))) {
            String skill = sort.substring(6);
            order = Comparator.comparingInt((Row r) -> r.percent(skill)).thenComparing(order); // weakest first: where to coach
            applied = sort;
        }
        boolean descending = "desc".equals(dir);
        return new Heatmap(skills, rows.stream().sorted(descending ? order.reversed() : order).toList(), applied, descending);
    }
}
