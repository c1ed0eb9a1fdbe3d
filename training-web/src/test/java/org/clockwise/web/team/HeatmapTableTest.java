package org.clockwise.web.team;

import org.clockwise.core.course.CatalogView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The heatmap is written in Java: every name must come out escaped, every cell complete. */
class HeatmapTableTest {

    private static final List<CatalogView.Entry> SKILLS = List.of(
            new CatalogView.Entry("discovery", "Discovery <b>questions</b>", ""),
            new CatalogView.Entry("value", "Value & \"ROI\"", ""));

    @Test
    void namesAreEscapedAndEachCellCarriesNumberTargetAndLevel() {
        Heatmap heatmap = new Heatmap(SKILLS, List.of(new Heatmap.Row(7, "<script>alert(1)</script>", "East & 'West'",
                List.of(new Heatmap.Cell("discovery", 42, 70), new Heatmap.Cell("value", 80, 70)))), "skill:value");

        String html = HeatmapTable.html(heatmap, "");
        Document doc = Jsoup.parseBodyFragment(html);

        assertFalse(html.contains("<script>"), html);
        assertTrue(doc.select("script, b").isEmpty(), "no markup from names survives");
        Element row = doc.selectFirst("tbody tr[data-rep=7]");
        assertEquals("<script>alert(1)</script>", row.selectFirst("th a").text());
        assertEquals("/team/reps/7", row.selectFirst("th a").attr("href"));
        assertEquals("East & 'West'", row.selectFirst("th .hint").text());
        // issue 12: the sorted column carries an arrow (hidden from screen readers, which read aria-sort).
        assertEquals(List.of("Rep", "Discovery <b>questions</b>", "Value & \"ROI\" ▲"), doc.select("thead th").eachText());

        Element low = row.selectFirst("td[data-skill=discovery]");
        assertEquals("heat-low", low.className(), "42 is below 70% of a 70 target");
        assertEquals("42% of 70% target", low.text());
        assertEquals("target 70%", low.attr("title"));
        assertEquals("heat-ok", row.selectFirst("td[data-skill=value]").className());
    }

    @Test
    void theSortedColumnIsMarkedForScreenReadersAndSortLinksKeepTheSkill() {
        // issue 12: links land on the table (#heatmap) and the sorted column's link turns the order round.
        Document doc = Jsoup.parseBodyFragment(HeatmapTable.html(new Heatmap(SKILLS, List.of(), "skill:value"), "team=12"));
        assertEquals("ascending", doc.selectFirst("th:has(a[href='/team?sort=skill:value&dir=desc&team=12#heatmap'])").attr("aria-sort"));
        assertEquals("none", doc.selectFirst("th:has(a[href='/team?sort=skill:discovery&team=12#heatmap'])").attr("aria-sort"));
        assertEquals("none", doc.selectFirst("th:has(a[href='/team?sort=rep&team=12#heatmap'])").attr("aria-sort"));
        assertEquals(1, doc.select(".sort-arrow").size(), "one arrow, on the sorted column");
        assertTrue(doc.select("tbody tr").isEmpty());
    }

    @Test
    void aDescendingColumnSaysSoAndItsLinkSortsAscendingAgain() {
        Document doc = Jsoup.parseBodyFragment(HeatmapTable.html(new Heatmap(SKILLS, List.of(), "rep", true), ""));
        Element rep = doc.selectFirst("thead th");
        assertEquals("descending", rep.attr("aria-sort"));
        assertEquals("/team?sort=rep#heatmap", rep.selectFirst("a").attr("href"));
        assertEquals("▼", rep.selectFirst(".sort-arrow").text());
    }

    @Test
    void aLongSkillNameShowsShortAndKeepsTheFullNameForScreenReaders() {
        Document doc = Jsoup.parseBodyFragment(HeatmapTable.html(new Heatmap(List.of(new CatalogView.Entry("negotiation",
                "Negotiation (price and value)", "")), List.of(), "rep"), ""));
        Element th = doc.selectFirst("th.heat-skill");
        assertEquals("Negotiation", th.selectFirst("[aria-hidden=true]").text());
        assertEquals("Negotiation (price and value)", th.selectFirst(".visually-hidden").text());
        assertEquals("Negotiation (price and value)", th.selectFirst("a").attr("title"));
    }
}
