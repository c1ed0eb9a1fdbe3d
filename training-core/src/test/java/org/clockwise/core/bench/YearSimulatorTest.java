package org.clockwise.core.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year simulator with a small cohort (8 reps, two of each diligence, a year each) and the
 * bundled library: that it runs and prints its tables, and that the engine keeps the promises the
 * simulator measures (issue 11): tenure leads the first 90 days, nothing comes before its band, and
 * the backlog of a rep who does every plan stays within one day's plan.
 */
class YearSimulatorTest {

    private static Report report;
    private static String printed;

    @BeforeAll
    static void simulate() {
        report = YearSimulator.run(YearSimulator.Options.parse(new String[] {"--reps", "8", "--days", "365"}));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        printed = bytes.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
    }

    @Test
    void printsEveryTable() {
        assertTrue(printed.startsWith("Year simulator: 8 reps"), printed);
        for (String band : new String[] {"| 0–30 |", "| 31–60 |", "| 61–90 |", "| 91–180 |", "| 181–364 |"}) {
            assertTrue(printed.contains(band), band + " missing in\n" + printed);
        }
        for (String diligence : new String[] {"| daily |", "| weekdays |", "| patchy |", "| lapsing |"}) {
            assertTrue(printed.contains(diligence), diligence + " missing in\n" + printed);
        }
        assertTrue(printed.contains("| storytelling | 0.80 |"), printed);
        assertEquals(8, report.reps);
    }

    @Test
    void tenureLeadsTheFirstNinetyDays() {
        int lessons = 0;
        int ledByTenure = 0;
        for (Report.Band band : report.bands.subList(0, 3)) {
            lessons += band.lessonCount();
            ledByTenure += band.lessons.getOrDefault(Report.Why.TRACK, 0) + band.lessons.getOrDefault(Report.Why.GAP, 0)
                    + band.lessons.getOrDefault(Report.Why.ASSIGNED, 0);
        }
        assertTrue(lessons > 50, "too few lessons to judge: " + lessons);
        assertTrue(ledByTenure >= 0.9 * lessons, ledByTenure + " of " + lessons + " lessons from track or gap");
        assertEquals(0, report.bands.stream().mapToInt(b -> b.early).sum(), "modules taken before their band");
    }

    @Test
    void aRepWhoDoesEveryPlanKeepsTheBacklogWithinOneDaysPlan() {
        Report.Steady daily = report.steady.get(YearSimulator.Diligence.DAILY);
        int[] backlog = daily.backlog.stream().mapToInt(Integer::intValue).sorted().toArray();
        int oneDay = 5 * 60 / YearSimulator.reviewSeconds();
        assertTrue(Report.quantile(backlog, 0.95) <= oneDay, "p95 backlog " + Report.quantile(backlog, 0.95) + " > " + oneDay
                + " in " + Arrays.toString(Arrays.copyOfRange(backlog, Math.max(0, backlog.length - 20), backlog.length)));
        assertTrue(daily.retired > 0, "nothing mastered in a year of daily reviews");
    }

    @Test
    void aDailyRepNeverBreaksTheStreak() {
        // Every day is active for them, and a day with an empty plan counts as done.
        assertEquals(0, report.streakBreaks.getOrDefault(YearSimulator.Diligence.DAILY, 0));
    }

    @Test
    void recallAtReviewIsNearTheDesiredRetention() {
        for (Report.Band band : report.bands) {
            assertTrue(band.recall() > 0.7 && band.recall() < 1, band.from + "–" + band.to + ": " + band.recall());
        }
    }

    @Test
    void badOptionsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YearSimulator.Options.parse(new String[] {"--cohort", "3"}));
        assertTrue(e.getMessage().contains("--cohort"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> YearSimulator.Options.parse(new String[] {"--reps"}));
        assertThrows(IllegalArgumentException.class, () -> YearSimulator.Options.parse(new String[] {"--days", "0"}));
    }
}
