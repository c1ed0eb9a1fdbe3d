package org.clockwise.core.review;

import io.micronaut.validation.validator.Validator;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** clockwise.review.desired-retention stays within 0.70 to 0.97. */
class ReviewSettingsTest {

    private static final Validator VALIDATOR = Validator.getInstance();

    @ParameterizedTest
    @ValueSource(doubles = {0.70, 0.85, 0.9, 0.97})
    void retentionWithinBoundsIsAccepted(double retention) {
        assertTrue(VALIDATOR.validate(new ReviewSettings(retention)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.69, 0.975, 1.0, 1.5, -0.9})
    void retentionOutsideBoundsIsRefusedWithTheBoundsAndTheValue(double retention) {
        List<String> messages = VALIDATOR.validate(new ReviewSettings(retention)).stream().map(ConstraintViolation::getMessage).toList();
        assertEquals(List.of("must be between 0.70 and 0.97, was " + retention), messages);
    }
}
