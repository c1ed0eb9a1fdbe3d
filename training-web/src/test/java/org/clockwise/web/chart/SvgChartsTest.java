package org.clockwise.web.chart;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SvgChartsTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quoted\"";
    private static final List<String> WEEKS = List.of("W1", "W2", "W3", "W4");

    private static LineChart line(List<Series> series, Double target) {
        return new LineChart("Weekly activity", "Week", "Share active", WEEKS, series, target, 0, 1);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<double[]> points(Element polyline) {
        return Arrays.stream(polyline.getAttribute("points").split(" "))
                .map(p -> new double[] {Double.parseDouble(p.split(",")[0]), Double.parseDouble(p.split(",")[1])})
                .toList();
    }

    @Test
    void rootIsAnAccessibleImageWithTitleAndDesc() throws Exception {
        String svg = SvgCharts.lineChart(line(List.of(new Series("Team", List.of(0.2, 0.4, 0.5, 0.6), null)), 0.8));
        Element root = parse(svg).getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("0 0 640 320", root.getAttribute("viewBox"));
        assertEquals("Weekly activity", root.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Line chart of Share active by Week from W1 to W4: Team latest 0.6 at W4; target 0.8.",
                root.getElementsByTagName("desc").item(0).getTextContent());
        assertTrue(svg.contains(">Week<") && svg.contains(">Share active<"), "axis labels");
        assertTrue(svg.contains(">W1<") && svg.contains(">0.5<") && svg.contains(">1<"), "tick labels");
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        LineChart chart = new LineChart(HOSTILE, HOSTILE, HOSTILE, List.of(HOSTILE, "b\u0000c"),
                List.of(new Series(HOSTILE, Arrays.asList(0.1, 0.2), "x\"><script>")), 0.5, 0, 1);
        String svg = SvgCharts.lineChart(chart);
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("'x'"));
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"));
        assertTrue(svg.contains("series-0 xscript"), "class list keeps only class characters");
        Document doc = parse(svg); // well-formed despite the NUL character
        assertEquals(HOSTILE, doc.getElementsByTagName("title").item(0).getTextContent());

        String scatter = SvgCharts.scatterChart(new ScatterChart(HOSTILE, HOSTILE, HOSTILE,
                List.of(new PointSeries(HOSTILE, List.of(new Point(1, 0.5)), null)),
                new PointSeries(HOSTILE, List.of(new Point(0, 0.1), new Point(9, 0.9)), null), 0, 10, 0, 1));
        assertFalse(scatter.contains("<script"));
        parse(scatter);
    }

    @Test
    void onePolylinePerSeriesWithoutGaps() throws Exception {
        Document doc = parse(SvgCharts.lineChart(line(List.of(
                new Series("A", List.of(0.1, 0.2, 0.3, 0.4), "team"),
                new Series("B", List.of(0.4, 0.3, 0.2, 0.1), null)), null)));
        List<Element> lines = elements(doc, "polyline");
        assertEquals(2, lines.size());
        assertEquals("chart-line series-0 team", lines.get(0).getAttribute("class"));
        assertEquals("chart-line series-1", lines.get(1).getAttribute("class"));
        assertEquals(4, points(lines.get(0)).size());
        assertEquals("none", lines.get(0).getAttribute("fill"));
    }

    @Test
    void gapsBreakTheLineIntoSegmentsAndALoneValueIsADot() throws Exception {
        List<String> ticks = List.of("1", "2", "3", "4", "5", "6", "7");
        LineChart chart = new LineChart("t", "x", "y", ticks,
                List.of(new Series("A", Arrays.asList(0.1, 0.2, null, 0.3, 0.4, Double.NaN, 0.5), null)), null, 0, 1);
        Document doc = parse(SvgCharts.lineChart(chart));
        List<Element> lines = elements(doc, "polyline");
        assertEquals(2, lines.size());
        assertEquals(2, points(lines.get(0)).size());
        assertEquals(2, points(lines.get(1)).size());
        List<Element> dots = elements(doc, "circle").stream()
                .filter(c -> c.getAttribute("class").startsWith("chart-line")).toList();
        assertEquals(1, dots.size(), "the lone last value");
    }

    @Test
    void yScalingPutsYMaxAtTheTopAndYMinAtTheBottom() throws Exception {
        LineChart chart = new LineChart("t", "x", "y", WEEKS,
                List.of(new Series("A", List.of(0.0, 50.0, 100.0, 150.0), null)), null, 0, 100);
        List<double[]> pts = points(elements(parse(SvgCharts.lineChart(chart)), "polyline").get(0));
        double top = new Frame(List.of(new Frame.Entry("A", "", "", true)), 0, 100).top;
        assertEquals(Frame.BOTTOM, pts.get(0)[1], 0.05);
        assertEquals((top + Frame.BOTTOM) / 2, pts.get(1)[1], 0.05);
        assertEquals(top, pts.get(2)[1], 0.05);
        assertEquals(top, pts.get(3)[1], 0.05, "above yMax is clamped to the top");
        assertEquals(Frame.LEFT, pts.get(0)[0], 0.05);
        assertEquals(Frame.RIGHT, pts.get(3)[0], 0.05);
    }

    @Test
    void targetLineOnlyWhenSet() throws Exception {
        Series s = new Series("A", List.of(0.1, 0.2, 0.3, 0.4), null);
        String with = SvgCharts.lineChart(line(List.of(s), 0.75));
        Element target = elements(parse(with), "line").stream()
                .filter(l -> l.getAttribute("class").equals("chart-target")).findFirst().orElseThrow();
        assertEquals("6 4", target.getAttribute("stroke-dasharray"));
        assertTrue(with.contains(">Target 0.75<"));
        String without = SvgCharts.lineChart(line(List.of(s), null));
        assertFalse(without.contains("chart-target"));
        assertFalse(without.contains("stroke-dasharray"));
    }

    @Test
    void noInlineStylesAnywhere() {
        String line = SvgCharts.lineChart(line(List.of(new Series("A", Arrays.asList(0.1, null, 0.3, 0.4), null),
                new Series("B", List.of(0.4, 0.3, 0.2, 0.1), "b")), 0.5));
        String scatter = SvgCharts.scatterChart(new ScatterChart("t", "x", "y",
                List.of(new PointSeries("A", List.of(new Point(1, 0.5)), "a")),
                new PointSeries("base", List.of(new Point(0, 0.1), new Point(9, 0.9)), null), 0, 10, 0, 1));
        for (String svg : List.of(line, scatter)) {
            assertFalse(svg.contains("style="), svg);
            assertFalse(svg.contains("<style"), svg);
            assertFalse(svg.contains("<script"), svg);
        }
    }

    @Test
    void legendHasOneEntryPerSeries() throws Exception {
        Document doc = parse(SvgCharts.lineChart(line(List.of(new Series("Ann", List.of(0.1, 0.2, 0.3, 0.4), null),
                new Series("Bob", List.of(0.4, 0.3, 0.2, 0.1), null)), null)));
        List<String> labels = elements(doc, "text").stream()
                .filter(t -> t.getAttribute("class").equals("chart-legend-label")).map(Element::getTextContent).toList();
        assertEquals(List.of("Ann", "Bob"), labels);
    }

    @Test
    void manyTicksGetThinnedLabels() {
        List<String> ticks = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 52; i++) {
            ticks.add("wk" + i + "x");
            values.add(0.5);
        }
        String svg = SvgCharts.lineChart(new LineChart("t", "x", "y", ticks, List.of(new Series("A", values, null)),
                null, 0, 1));
        long labelled = ticks.stream().filter(t -> svg.contains(">" + t + "<")).count();
        assertTrue(labelled <= 8 && labelled >= 6, "labels: " + labelled);
    }

    @Test
    void scatterDrawsEveryFinitePointAndTheBaselineAsOneLine() throws Exception {
        ScatterChart chart = new ScatterChart("Ramp-up", "Days since hire", "Proficiency",
                List.of(new PointSeries("Ann", List.of(new Point(6, 0.3), new Point(13, 0.5)), null),
                        new PointSeries("Bob", List.of(new Point(6, 0.4), new Point(Double.NaN, 0.1)), null)),
                new PointSeries("Earlier hires (median)", List.of(new Point(13, 0.6), new Point(6, 0.4)), null),
                0, 180, 0, 1);
        String svg = SvgCharts.scatterChart(chart);
        Document doc = parse(svg);
        long dots = elements(doc, "circle").stream()
                .filter(c -> c.getAttribute("class").startsWith("chart-point")).count();
        assertEquals(3, dots);
        List<Element> lines = elements(doc, "polyline");
        assertEquals(1, lines.size());
        assertEquals("chart-line chart-baseline", lines.get(0).getAttribute("class"));
        List<double[]> base = points(lines.get(0));
        assertTrue(base.get(0)[0] < base.get(1)[0], "baseline sorted by x");
        assertEquals("Scatter chart of Proficiency against Days since hire: 3 points for Ann, Bob; "
                + "line: Earlier hires (median).", doc.getElementsByTagName("desc").item(0).getTextContent());
        assertTrue(svg.contains(">0<") && svg.contains(">50<") && svg.contains(">150<"), "round x ticks");
        assertFalse(svg.contains(">45<"));
    }

    @Test
    void ticksAreRoundNumbers() {
        assertTicks(Frame.niceTicks(0, 1), 0, 0.25, 0.5, 0.75, 1);
        assertTicks(Frame.niceTicks(0, 35), 0, 10, 20, 30);
        assertTicks(Frame.niceTicks(0, 60), 0, 20, 40, 60);
        assertTicks(Frame.niceTicks(0, 100), 0, 25, 50, 75, 100);
        assertTicks(Frame.niceTicks(-1, 1), -1, -0.5, 0, 0.5, 1);
        assertTicks(Frame.niceTicks(0.2, 0.6), 0.2, 0.3, 0.4, 0.5, 0.6);
    }

    private static void assertTicks(List<Double> actual, double... expected) {
        assertEquals(expected.length, actual.size(), actual.toString());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i), 1e-9, actual.toString());
        }
    }

    @Test
    void tableRowsMirrorTheChart() {
        LineChart chart = line(List.of(new Series("A", Arrays.asList(0.125, null, 0.3, 1.0), null),
                new Series("<B>", List.of(0.4, 0.3, 0.2, 0.1), null)), 0.5);
        assertEquals(List.of(
                List.of("Week", "A", "<B>"),
                List.of("W1", "0.13", "0.4"),
                List.of("W2", "", "0.3"),
                List.of("W3", "0.3", "0.2"),
                List.of("W4", "1", "0.1")), SvgCharts.tableRows(chart));
    }

    @Test
    void emptyChartsStillRender() throws Exception {
        LineChart chart = new LineChart("Empty", "Week", "Share", List.of(), List.of(), null, 0, 1);
        Document doc = parse(SvgCharts.lineChart(chart));
        assertEquals(0, elements(doc, "polyline").size());
        assertEquals("Line chart of Share by Week: no data.", doc.getElementsByTagName("desc").item(0).getTextContent());
        assertEquals(List.of(List.of("Week")), SvgCharts.tableRows(chart));
        parse(SvgCharts.scatterChart(new ScatterChart("e", "x", "y", List.of(), null, 0, 1, 0, 1)));
    }

    @Test
    void invalidChartsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> line(List.of(new Series("A", List.of(0.1), null)), null));
        assertThrows(IllegalArgumentException.class,
                () -> new LineChart("t", "x", "y", WEEKS, List.of(), null, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ScatterChart("t", "x", "y", List.of(), null, 0, Double.NaN, 0, 1));
    }
}
