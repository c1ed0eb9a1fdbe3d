package org.clockwise.core.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreakTest {

    @Test
    void streakSurvivesUntilTheEndOfAnUnfinishedToday() {
        List<LocalDate> done = List.of(d(3, 9), d(3, 10), d(3, 11));
        assertEquals(3, Streak.current(done, d(3, 12)), "today not done yet");
        assertEquals(4, Streak.current(List.of(d(3, 9), d(3, 10), d(3, 11), d(3, 12)), d(3, 12)));
        assertEquals(0, Streak.current(done, d(3, 13)), "past midnight, yesterday was missed");
        assertEquals(0, Streak.current(List.of(), d(3, 12)));
        assertEquals(1, Streak.current(List.of(d(3, 12), d(3, 12), d(3, 10)), d(3, 12)));
        assertEquals(0, Streak.current(List.of(d(3, 13)), d(3, 12)), "a future day is no streak");
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }
}
