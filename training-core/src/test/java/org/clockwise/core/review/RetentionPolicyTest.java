package org.clockwise.core.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetentionPolicyTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theOwnTeamWinsThenTheNearestAncestorThenTheOrganisationThenTheGlobalSetting() {
        assertEquals(0.80, RetentionPolicy.resolve(List.of(d("0.80"), d("0.95")), d("0.85"), 0.9));
        assertEquals(0.95, RetentionPolicy.resolve(Arrays.asList(null, d("0.95"), d("0.75")), d("0.85"), 0.9),
                "the parent, not the grandparent");
        assertEquals(0.85, RetentionPolicy.resolve(Arrays.asList(null, null), d("0.85"), 0.9));
        assertEquals(0.9, RetentionPolicy.resolve(Arrays.asList(null, null), null, 0.9));
        assertEquals(0.85, RetentionPolicy.resolve(List.of(), d("0.85"), 0.9), "no team: the organisation");
        assertEquals(0.9, RetentionPolicy.resolve(List.of(), null, 0.9));
    }

    @Test
    void theBoundsAreInclusiveAndBlankClears() {
        assertEquals(Optional.of(d("0.70")), RetentionPolicy.parse("0.7"));
        assertEquals(Optional.of(d("0.97")), RetentionPolicy.parse(" 0.97 "));
        assertEquals(Optional.of(d("0.85")), RetentionPolicy.parse("0,85"), "a decimal comma is read too");
        assertEquals(Optional.of(d("0.90")), RetentionPolicy.parse("0.900"), "trailing zeros are not decimals");
        assertEquals(Optional.empty(), RetentionPolicy.parse(""));
        assertEquals(Optional.empty(), RetentionPolicy.parse("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.69", "0.98", "0.5", "1", "90", "-0.8", "abc", "0.855", "NaN", "0.8.1", "1e-1"})
    void anythingElseIsRefusedNamingTheFieldAndTheRange(String typed) {
        RetentionPolicy.OutOfBounds e = assertThrows(RetentionPolicy.OutOfBounds.class, () -> RetentionPolicy.parse(typed));
        assertTrue(e.getMessage().startsWith("Desired retention must be a number between 0.70 and 0.97"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was \"" + typed + "\""), e.getMessage());
    }
}
