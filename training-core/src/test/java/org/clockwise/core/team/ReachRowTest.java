package org.clockwise.core.team;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 12: a reach window is over only once that many whole days passed since the module's own first publication. */
class ReachRowTest {

    @Test
    void aWindowIsOverOnItsLastDayNotBefore() {
        Dashboard.ReachRow minutesOld = new Dashboard.ReachRow("New", 50, 50, 50, 0);
        assertFalse(minutesOld.elapsed(3) || minutesOld.elapsed(7) || minutesOld.elapsed(14));
        Dashboard.ReachRow weekOld = new Dashboard.ReachRow("Older", 20, 40, 40, 7);
        assertTrue(weekOld.elapsed(3));
        assertTrue(weekOld.elapsed(7));
        assertFalse(weekOld.elapsed(14));
    }
}
