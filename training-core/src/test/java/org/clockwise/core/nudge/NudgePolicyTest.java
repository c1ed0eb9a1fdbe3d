package org.clockwise.core.nudge;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NudgePolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime HALF_EIGHT = NudgePolicy.DEFAULT_TIME;

    private static Optional<LocalDate> day(String instant, ZoneId zone, LocalTime at) {
        return NudgePolicy.nudgeDay(Instant.parse(instant), zone, at);
    }

    @Test
    void dueFromTheChosenLocalTimeOnAWorkingDay() {
        assertEquals(DayOfWeek.MONDAY, LocalDate.parse("2026-03-02").getDayOfWeek());
        // Amsterdam in winter is UTC+1: 08:30 local is 07:30 UTC.
        assertEquals(Optional.empty(), day("2026-03-02T07:29:59Z", AMSTERDAM, HALF_EIGHT));
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), day("2026-03-02T07:30:00Z", AMSTERDAM, HALF_EIGHT));
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), day("2026-03-02T22:59:59Z", AMSTERDAM, HALF_EIGHT));
        // Just after local midnight it is Tuesday, before Tuesday's time.
        assertEquals(Optional.empty(), day("2026-03-02T23:00:00Z", AMSTERDAM, HALF_EIGHT));
    }

    @Test
    void theChosenHourMovesIt() {
        // 12:00 UTC is 07:00 in New York (EST, UTC-5).
        assertEquals(Optional.empty(), day("2026-03-02T12:00:00Z", NEW_YORK, HALF_EIGHT));
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), day("2026-03-02T12:00:00Z", NEW_YORK, LocalTime.of(6, 45)));
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), day("2026-03-02T12:00:00Z", NEW_YORK, LocalTime.of(7, 0)));
        assertEquals(Optional.empty(), day("2026-03-02T12:00:00Z", NEW_YORK, LocalTime.of(7, 1)));
    }

    @Test
    void weekendsInTheRepsOwnZoneHaveNone() {
        // Friday 23:30 UTC is already Saturday 08:30 in Tokyo.
        assertEquals(Optional.empty(), day("2026-03-06T23:30:00Z", TOKYO, HALF_EIGHT));
        // Sunday 23:30 UTC is Monday 08:30 in Tokyo.
        assertEquals(Optional.of(LocalDate.parse("2026-03-09")), day("2026-03-08T23:30:00Z", TOKYO, HALF_EIGHT));
        // ...while in New York it is still Sunday.
        assertEquals(Optional.empty(), day("2026-03-08T23:30:00Z", NEW_YORK, LocalTime.MIN));
    }

    @Test
    void summerTimeShiftsTheInstant() {
        // Amsterdam moved to UTC+2 on Sunday 29 March 2026: Monday 08:30 local is 06:30 UTC.
        assertEquals(Optional.empty(), day("2026-03-30T06:29:59Z", AMSTERDAM, HALF_EIGHT));
        assertEquals(Optional.of(LocalDate.parse("2026-03-30")), day("2026-03-30T06:30:00Z", AMSTERDAM, HALF_EIGHT));
        // New York moved on 8 March 2026 (EDT, UTC-4): Monday 9 March 08:30 is 12:30 UTC.
        assertEquals(Optional.empty(), day("2026-03-09T12:29:00Z", NEW_YORK, HALF_EIGHT));
        assertEquals(Optional.of(LocalDate.parse("2026-03-09")), day("2026-03-09T12:30:00Z", NEW_YORK, HALF_EIGHT));
    }

    @Test
    void aTimeSkippedByTheClockOnAWorkingDayIsPassedNotMissed() {
        // Cairo's clocks jumped from 00:00 to 01:00 on Friday 26 April 2024: 00:30 never happened.
        ZoneId cairo = ZoneId.of("Africa/Cairo");
        LocalTime halfPastMidnight = LocalTime.of(0, 30);
        assertEquals(Optional.of(LocalDate.parse("2024-04-25")), day("2024-04-25T21:59:59Z", cairo, halfPastMidnight));
        assertEquals(Optional.of(LocalDate.parse("2024-04-26")), day("2024-04-25T22:00:00Z", cairo, halfPastMidnight));
    }

    @Test
    void theDigestIsDueOnMondaysOnly() {
        assertEquals(Optional.of(LocalDate.parse("2026-03-02")), NudgePolicy.digestWeek(Instant.parse("2026-03-02T07:30:00Z"), AMSTERDAM, HALF_EIGHT));
        assertEquals(Optional.empty(), NudgePolicy.digestWeek(Instant.parse("2026-03-02T07:29:00Z"), AMSTERDAM, HALF_EIGHT));
        assertEquals(Optional.empty(), NudgePolicy.digestWeek(Instant.parse("2026-03-03T07:30:00Z"), AMSTERDAM, HALF_EIGHT));
        // Monday in Tokyo while Sunday in UTC.
        assertEquals(Optional.of(LocalDate.parse("2026-03-09")), NudgePolicy.digestWeek(Instant.parse("2026-03-08T23:30:00Z"), TOKYO, HALF_EIGHT));
    }

    @Test
    void keysNameThePersonAndTheirDay() {
        assertEquals("nudge:42:2026-03-02", NudgePolicy.nudgeKey(42, LocalDate.parse("2026-03-02")));
        assertEquals("digest:7:2026-03-02", NudgePolicy.digestKey(7, LocalDate.parse("2026-03-02")));
    }
}
