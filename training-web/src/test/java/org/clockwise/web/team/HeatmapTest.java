package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillTrend;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The heatmap lists reps by name, or weakest first in one skill, one cell per skill. */
class HeatmapTest {

    private static final List<CatalogView.Entry> SKILLS = List.of(
            new CatalogView.Entry("discovery", "Discovery", ""), new CatalogView.Entry("pricing", "Pricing", ""));
    private static final LocalDate HIRED = LocalDate.of(2025, 1, 6);
    private static final List<RepInfo> REPS = List.of(
            new RepInfo(1, "bo", HIRED, "", ZoneId.of("UTC"), "East"), new RepInfo(2, "Ann", HIRED),
            new RepInfo(3, "Cy", HIRED));
    private static final Map<Long, List<SkillTrend>> TRENDS = Map.of(
            1L, List.of(trend("discovery", 40, 50), trend("pricing", 90, 50)),
            2L, List.of(trend("discovery", 50, 50), trend("pricing", 10, 50)),
            3L, List.of(trend("discovery", 40, 60), trend("pricing", 20, 50)));

    private static SkillTrend trend(String skill, int percent, int target) {
        return new SkillTrend(skill, skill, percent, target, List.of(percent));
    }

    private static List<Long> order(Heatmap heatmap) {
        return heatmap.rows().stream().map(Heatmap.Row::repId).toList();
    }

    @Test
    void byNameIgnoringCaseUnlessASkillOfTheCatalogIsChosen() {
        assertEquals(List.of(2L, 1L, 3L), order(Heatmap.of(REPS, TRENDS, SKILLS, null)));
        Heatmap unknown = Heatmap.of(REPS, TRENDS, SKILLS, "skill:negotiation");
        assertEquals("rep", unknown.sort());
        assertEquals(List.of(2L, 1L, 3L), order(unknown));
    }

    @Test
    void aSkillSortsWeakestFirstThenByName() {
        Heatmap heatmap = Heatmap.of(REPS, TRENDS, SKILLS, "skill:discovery");
        assertEquals("skill:discovery", heatmap.sort());
        assertEquals(List.of(1L, 3L, 2L), order(heatmap));
        assertEquals(List.of(2L, 3L, 1L), order(Heatmap.of(REPS, TRENDS, SKILLS, "skill:pricing")));
    }

    @Test
    void eachCellCarriesPercentAndTargetAndEachRowTheTeam() {
        Heatmap.Row bo = Heatmap.of(REPS, TRENDS, SKILLS, null).rows().get(1);
        assertEquals(new Heatmap.Row(1, "bo", "East", List.of(new Heatmap.Cell("discovery", 40, 50),
                new Heatmap.Cell("pricing", 90, 50))), bo);
        assertEquals(List.of(), Heatmap.of(REPS, Map.of(), SKILLS, null).rows().get(0).cells(), "a rep without skills");
    }
}
