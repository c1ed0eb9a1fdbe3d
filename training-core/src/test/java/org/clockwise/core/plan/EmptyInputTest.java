package org.clockwise.core.plan;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing to do gives an empty plan for the day, not an error. */
class EmptyInputTest {

    private static final Rep REP = new Rep(1, LocalDate.of(2025, 1, 6), ZoneId.of("Europe/Paris"));
    private static final LocalDate DAY = LocalDate.of(2025, 2, 3);

    @Test
    void emptyListsGiveAnEmptyPlanForTheDay() {
        PlanRequest request = new PlanRequest(REP, DAY, 300, List.of(), List.of(), List.of(),
                List.of(), History.EMPTY, Map.of(), Map.of());
        DailyPlan plan = new PlanPolicy().plan(request);
        assertEquals(DAY, plan.day());
        assertTrue(plan.items().isEmpty());
        assertEquals(0, plan.totalSeconds());
    }

    @Test
    void nullCollectionsAreTreatedAsEmpty() {
        PlanRequest request = new PlanRequest(REP, DAY, 300, null, null, null, null, null, null, null);
        assertTrue(new PlanPolicy().plan(request).items().isEmpty());
    }

    @Test
    void invalidInputsAreRejectedEarly() {
        assertThrows(IllegalArgumentException.class, () -> new PlanRequest(REP, DAY, -1,
                null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new CourseSummary("m", 1, "M", "", null, null,
                null, "basic", null, null, null, 0, 0, Instant.EPOCH, false));
        assertThrows(IllegalArgumentException.class,
                () -> new TrackInfo("t", "T", 31, 30));
    }
}
