package org.clockwise.core.skill;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TargetSettingsTest {

    @Test
    void defaultsTileDayZeroOnward() {
        List<TargetSettings.Band> bands = TargetSettings.DEFAULT.bands();
        assertEquals(List.of("days 0-30", "days 31-60", "days 61-90", "days 91+"),
                bands.stream().map(TargetSettings.Band::label).toList());
    }

    @Test
    void bandsAreSortedByStartDay() {
        TargetSettings settings = new TargetSettings(List.of(band(11, null), band(0, 10)));
        assertEquals(List.of(0, 11), settings.bands().stream().map(TargetSettings.Band::fromDay).toList());
    }

    @Test
    void overlappingBandsAreRejectedNamingBothBands() {
        assertMessage("band days 25-60 overlaps band days 0-30",
                () -> new TargetSettings(List.of(band(0, 30), band(25, 60), band(61, null))));
    }

    @Test
    void aBandAfterAnOpenBandOverlapsIt() {
        assertMessage("band days 50-60 overlaps band days 0+",
                () -> new TargetSettings(List.of(band(0, null), band(50, 60))));
    }

    @Test
    void bandsMustStartAtDayZero() {
        assertMessage("bands must cover day 0 onward, but the first band days 1-30 starts at day 1",
                () -> new TargetSettings(List.of(band(1, 30), band(31, null))));
    }

    @Test
    void holesBetweenBandsAreRejected() {
        assertMessage("no band covers days 31-39 between band days 0-30 and band days 40+",
                () -> new TargetSettings(List.of(band(0, 30), band(40, null))));
    }

    @Test
    void theLastBandMustBeOpenEnded() {
        assertMessage("no band covers days 91+ after band days 61-90; make the last band open-ended",
                () -> new TargetSettings(List.of(band(0, 60), band(61, 90))));
    }

    @Test
    void targetsOutsideZeroToOneAreRejectedNamingTheBand() {
        assertMessage("band days 31-60: target for negotiation must be in [0,1], was 1.2",
                () -> new TargetSettings.Band(31, 60, 0.5, Map.of("negotiation", 1.2)));
        assertMessage("band days 91+: default target must be in [0,1], was -0.1",
                () -> new TargetSettings.Band(91, null, -0.1, Map.of()));
        assertMessage("band days 0-30: default target must be in [0,1], was NaN",
                () -> new TargetSettings.Band(0, 30, Double.NaN, Map.of()));
    }

    @Test
    void invertedOrEmptyBandsAreRejected() {
        assertMessage("band days 30-10: toDay is before fromDay", () -> band(30, 10));
        assertMessage("at least one band is required, starting at day 0",
                () -> new TargetSettings(List.of()));
    }

    private static TargetSettings.Band band(int from, Integer to) {
        return new TargetSettings.Band(from, to, 0.5, Map.of());
    }

    private static void assertMessage(String expected, Executable executable) {
        assertEquals(expected,
                assertThrows(IllegalArgumentException.class, executable).getMessage());
    }
}
