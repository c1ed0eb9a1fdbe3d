package org.clockwise.core.skill;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 13: found by RenderedPagesIT, a rep's My skills failed with a 500 once they answered after a first view without answers. */
class TrendSlotsTest {

    @Test
    void emptySlotsTrimmedForKeepingStillTakeAnswers() {
        TrendSlots slots = new TrendSlots(LocalDate.of(2026, 11, 23), 8, ZoneId.of("UTC")).trim().copy();
        slots.add(new EvidenceQueries.Answer("discovery", "m:1:1", Instant.parse("2026-11-24T10:00:00Z"), true, true, null));
        assertEquals(1, slots.size());
    }
}
