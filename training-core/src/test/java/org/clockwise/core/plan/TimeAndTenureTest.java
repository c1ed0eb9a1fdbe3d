package org.clockwise.core.plan;

import org.clockwise.core.people.Rep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.clockwise.core.plan.Fixtures.aModule;
import static org.clockwise.core.plan.Fixtures.aRequest;
import static org.clockwise.core.plan.Fixtures.reason;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rule 4 and the tenure count: local days in the rep's zone, the hire date is day 1. */
class TimeAndTenureTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Monday 2025-03-03 20:00 in New York = Tuesday 2025-03-04 10:00 in Tokyo. */
    private static final Instant MONDAY_EVENING_IN_NEW_YORK = Instant.parse("2025-03-04T01:00:00Z");

    @Test
    void theSameInstantIsMondayInNewYorkAndTuesdayInTokyo() {
        assertEquals(LocalDate.of(2025, 3, 3),
                Rep.localDay(MONDAY_EVENING_IN_NEW_YORK, NEW_YORK));
        assertEquals(LocalDate.of(2025, 3, 4),
                Rep.localDay(MONDAY_EVENING_IN_NEW_YORK, TOKYO));
    }

    @Test
    void aTokyoRepHiredTuesdayIsAlreadyOnDayOne() {
        LocalDate tuesday = LocalDate.of(2025, 3, 4);
        LocalDate tokyoDay = Rep.localDay(MONDAY_EVENING_IN_NEW_YORK, TOKYO);
        PlanItem lesson = aRequest().hired(tuesday, TOKYO).day(tokyoDay)
                .modules(aModule("welcome").track("first-30-days", 1))
                .plan().lesson().orElseThrow();
        assertEquals(reason("plan.reason.track.first", 1, "first 30 days"), lesson.reason());
    }

    @Test
    void theHireDateIsDayOne() {
        LocalDate hired = LocalDate.of(2025, 3, 3);
        assertEquals(1, Rep.tenureDays(hired, hired));
        assertEquals(2, Rep.tenureDays(hired, hired.plusDays(1)));
        assertEquals(30, Rep.tenureDays(hired, hired.plusDays(29)));
        assertEquals(366, Rep.tenureDays(hired, hired.plusYears(1)));
    }

    @Test
    void daysBeforeTheHireDateArePreboardingDayZero() {
        LocalDate hired = LocalDate.of(2025, 3, 3);
        assertEquals(0, Rep.tenureDays(hired, hired.minusDays(1)));
        assertEquals(0, Rep.tenureDays(hired, hired.minusDays(40)));
    }

    @Test
    void dayThirtyOneStartsTheSecondTrack() {
        PlanItem lesson = aRequest().onTenureDay(31)
                .modules(aModule("first").track("first-30-days", 1),
                        aModule("second").track("days-31-60", 1))
                .plan().lesson().orElseThrow();
        assertEquals(reason("plan.reason.track", 31, "Days 31 to 60", 1, 1), lesson.reason());
    }
}
