package org.clockwise.web.learn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13 (rendering speed): My skills' trend lines keep their formatted coordinates instead of
 * calling String.format for every point of every request; the points are exactly what the
 * formatting of each point gave before.
 */
class TrendPointsTest {

    /** The points as the page made them before: String.format for each point. */
    private static String reference(List<Integer> trend) {
        if (trend.isEmpty()) {
            return "";
        }
        double step = trend.size() == 1 ? 0 : 100.0 / (trend.size() - 1);
        List<String> points = new ArrayList<>();
        for (int i = 0; i < trend.size(); i++) {
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", i * step, 30 - trend.get(i) * 0.3));
        }
        return String.join(" ", points);
    }

    @Test
    void pointsAreWhatFormattingEachPointGave() {
        Random random = new Random(13);
        for (int size = 0; size <= 14; size++) {
            for (int run = 0; run < 50; run++) {
                List<Integer> trend = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    // mostly 0..100, now and then outside it, which is formatted on the spot
                    trend.add(run % 10 == 0 ? random.nextInt(300) - 100 : random.nextInt(101));
                }
                assertEquals(reference(trend), ProgressPagesController.points(trend), trend.toString());
            }
        }
        List<Integer> every = new ArrayList<>();
        for (int p = 0; p <= 100; p++) {
            every.add(p);
        }
        assertEquals(reference(every), ProgressPagesController.points(every));
    }

    @Test
    void aRowsTextsAreTheOnesTheTemplateMade() {
        var line = new org.clockwise.core.skill.SkillReport.SkillLine("s", "Skill", 35, 70, List.of(0, 35, 100));
        var view = ProgressPagesController.SkillView.of(line);
        assertEquals("0%, 35%, 100%", view.trendText());
        assertEquals("35%", view.percentText());
        assertEquals("70%", view.targetText());
        assertEquals("bar-low", view.barClass());
        assertEquals("bar-ok", ProgressPagesController.SkillView.of(
                new org.clockwise.core.skill.SkillReport.SkillLine("s", "Skill", 70, 70, List.of())).barClass());
    }
}
