package org.clockwise.core.review;

import io.micronaut.validation.validator.Validator;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * clockwise.review.*: desired-retention stays within 0.70 to 0.97, retire-at-stability-days
 * within 21 to 3650, leech-lapses within 2 to 20.
 */
class ReviewSettingsTest {

    private static final Validator VALIDATOR = Validator.getInstance();
    private static final int RETIRE = 90;
    private static final int LEECH = 4;

    @ParameterizedTest
    @ValueSource(doubles = {0.70, 0.85, 0.9, 0.97})
    void retentionWithinBoundsIsAccepted(double retention) {
        assertTrue(VALIDATOR.validate(new ReviewSettings(retention, RETIRE, LEECH)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.69, 0.975, 1.0, 1.5, -0.9})
    void retentionOutsideBoundsIsRefusedWithTheBoundsAndTheValue(double retention) {
        assertEquals(List.of("must be between 0.70 and 0.97, was " + retention),
                messages(new ReviewSettings(retention, RETIRE, LEECH)));
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 90, 3650})
    void retireAtStabilityDaysWithinBoundsIsAccepted(int days) {
        assertTrue(VALIDATOR.validate(new ReviewSettings(0.9, days, LEECH)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 20, 3651})
    void retireAtStabilityDaysOutsideBoundsIsRefusedWithTheBoundsAndTheValue(int days) {
        assertEquals(List.of("must be between 21 and 3650, was " + days),
                messages(new ReviewSettings(0.9, days, LEECH)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4, 20})
    void leechLapsesWithinBoundsIsAccepted(int lapses) {
        assertTrue(VALIDATOR.validate(new ReviewSettings(0.9, RETIRE, lapses)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 0, 1, 21})
    void leechLapsesOutsideBoundsIsRefusedWithTheBoundsAndTheValue(int lapses) {
        assertEquals(List.of("must be between 2 and 20, was " + lapses),
                messages(new ReviewSettings(0.9, RETIRE, lapses)));
    }

    private static List<String> messages(ReviewSettings settings) {
        return VALIDATOR.validate(settings).stream().map(ConstraintViolation::getMessage).toList();
    }
}
