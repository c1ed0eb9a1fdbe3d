package org.clockwise.web.team;

import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.course.CatalogView;
import org.clockwise.core.skill.SkillReport;
import org.clockwise.core.team.TeamAccessQueries;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reps × skills, each cell proficiency against target, sortable by rep or by a skill. */
record Heatmap(List<CatalogView.Entry> skills, List<Row> rows, String sort) {

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

    static Heatmap of(List<RepInfo> reps, Map<Long, List<SkillReport.SkillLine>> lines, CatalogView catalog, String sort) {
        List<Row> rows = reps.stream().map(rep -> new Row(rep.id(), rep.name(), rep.team() == null ? "" : rep.team(),
                lines.get(rep.id()).stream().map(l -> new Cell(l.id(), l.percent(), l.targetPercent())).toList())).toList();
        Comparator<Row> order = Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Row::repId);
        String applied = "rep";
        if (sort != null && sort.startsWith("skill:") && catalog.skill(sort.substring(6)).isPresent()) {
            String skill = sort.substring(6);
            order = Comparator.comparingInt((Row r) -> r.percent(skill)).thenComparing(order); // weakest first: where to coach
            applied = sort;
        }
        return new Heatmap(catalog.skills(), rows.stream().sorted(order).toList(), applied);
    }
}
