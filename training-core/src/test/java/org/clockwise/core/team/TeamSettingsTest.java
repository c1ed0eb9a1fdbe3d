package org.clockwise.core.team;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A cache size outside its range is refused with a message that names the setting and the range. */
class TeamSettingsTest {

    @Test
    void theBoundsAreAccepted() {
        assertEquals(0, new TeamSettings(0).dashboardCacheSize());
        assertEquals(100_000, new TeamSettings(100_000).dashboardCacheSize());
    }

    @Test
    void outsideTheRangeIsRefusedNamingTheSettingAndTheRange() {
        for (int size : new int[]{-1, 100_001}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TeamSettings(size));
            assertEquals("clockwise.team.dashboard-cache-size must be between 0 and 100000, was " + size, e.getMessage());
        }
    }
}
