package org.clockwise.core.signin;

import io.micronaut.validation.validator.Validator;
import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bcrypt never below cost 10; session lengths between five minutes and thirty days. */
class SecuritySettingsTest {

    private static final Validator VALIDATOR = Validator.getInstance();

    @ParameterizedTest
    @ValueSource(ints = {10, 12, 31})
    void bcryptCostWithinBoundsIsAccepted(int cost) {
        assertTrue(VALIDATOR.validate(new SecuritySettings(cost)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 4, 9, 32})
    void bcryptCostOutsideBoundsIsRefused(int cost) {
        assertEquals(List.of("must be between 10 and 31, was " + cost), messages(new SecuritySettings(cost)));
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 43_200, 2_592_000})
    void sessionLengthWithinBoundsIsAccepted(int seconds) {
        assertTrue(VALIDATOR.validate(new SessionSettings(seconds)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 299, 2_592_001})
    void sessionLengthOutsideBoundsIsRefused(int seconds) {
        assertEquals(List.of("must be between 300 and 2592000 seconds, was " + seconds), messages(new SessionSettings(seconds)));
    }

    private static List<String> messages(Object settings) {
        return VALIDATOR.validate(settings).stream().map(ConstraintViolation::getMessage).toList();
    }
}
