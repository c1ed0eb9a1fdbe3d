package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.clockwise.core.team.Dashboard;
import org.clockwise.core.team.metrics.RepInfo;
import org.clockwise.core.team.metrics.SkillTrend;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a view of an unchanged team (the same cached dashboard) draws nothing again, while a
 * recomputed dashboard, another heatmap order or another team scope is drawn afresh, the same as before.
 */
class DashboardDrawingsTest {

    private static final List<CatalogView.Entry> SKILLS = List.of(
            new CatalogView.Entry("discovery", "Discovery", ""), new CatalogView.Entry("pricing", "Pricing", ""));
    private static final List<RepInfo> REPS = List.of(new RepInfo(1, "Ann", LocalDate.of(2025, 1, 6)),
            new RepInfo(2, "Bo", LocalDate.of(2025, 1, 6)));

    private static Dashboard dashboard(int annDiscovery) {
        return new Dashboard(REPS, SKILLS, Map.of(
                1L, List.of(trend("discovery", annDiscovery), trend("pricing", 60)),
                2L, List.of(trend("discovery", 50), trend("pricing", 20))),
                null, null, List.of(), List.of(), List.of(), null, null, null, ModulePickerTest.CATALOG);
    }

    private static SkillTrend trend(String skill, int percent) {
        return new SkillTrend(skill, skill, percent, 50, List.of(percent));
    }

    @Test
    void theSameDashboardIsDrawnOnceForEachOrderAndScope() {
        DashboardDrawings drawings = new DashboardDrawings(8);
        Dashboard view = dashboard(40);

        DashboardDrawings.Drawn first = drawings.of(view, "skill:discovery", null, "team=3");
        assertSame(first, drawings.of(view, "skill:discovery", null, "team=3"), "an unchanged dashboard is not drawn again");
        assertSame(first, drawings.of(view, "skill:discovery", "up", "team=3"), "any dir but desc is ascending");
        assertEquals(HeatmapTable.html(Heatmap.of(REPS, view.skillTrends(), SKILLS, "skill:discovery", null), "team=3"),
                first.heatmapTable(), "drawn as the page drew it on every view");

        DashboardDrawings.Drawn descending = drawings.of(view, "skill:discovery", "desc", "team=3");
        assertNotSame(first, descending);
        assertEquals(List.of(2L, 1L), descending.heatmap().rows().stream().map(Heatmap.Row::repId).toList());
        assertTrue(drawings.of(view, "rep", null, "").heatmapTable().contains("href=\"/team/reps/1\""), "another scope");
        assertEquals(3, drawings.size());
    }

    @Test
    void aRecomputedDashboardIsDrawnAfreshEvenWhenEqual() {
        DashboardDrawings drawings = new DashboardDrawings(8);
        DashboardDrawings.Drawn before = drawings.of(dashboard(40), "rep", null, "");
        Dashboard again = dashboard(40);
        assertNotSame(before, drawings.of(again, "rep", null, ""));
        assertTrue(drawings.of(dashboard(70), "rep", null, "").heatmapTable().contains("<span>70%</span>"),
                "a changed skill shows at once");
    }

    @Test
    void keepsAtMostItsCapacity() {
        DashboardDrawings drawings = new DashboardDrawings(2);
        for (int i = 0; i < 5; i++) {
            drawings.of(dashboard(40 + i), "rep", null, "");
        }
        assertEquals(2, drawings.size());
    }
}
