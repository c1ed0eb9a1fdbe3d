package org.clockwise.core.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FsrsParametersTest {

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    @Test
    void defaultsAreTheFsrs6Weights() {
        FsrsParameters p = FsrsParameters.DEFAULT;
        assertArrayEquals(DEFAULTS, p.w(), 0.0);
        assertEquals(0.9, p.desiredRetention(), 0.0);
        assertEquals(36_500, p.maximumIntervalDays());
    }

    @Test
    void decayAndFactorHaveTheFsrs6Signs() {
        FsrsParameters p = FsrsParameters.DEFAULT;
        assertEquals(-0.1542, p.decay(), 0.0);
        // The form: F = 0.9^(-1/w20) - 1. 1/0.1542 = 6.48508430609598;
        // 0.9^-6.48508430609598 = e^(6.48508430609598 · 0.105360515657826) = e^0.68327182657
        // = 1.98034649441348, so F = 0.98034649441348.
        assertEquals(Math.pow(0.9, -1.0 / 0.1542) - 1.0, p.factor(), 1e-15);
        assertEquals(0.98034649441348005, p.factor(), 1e-13);
        // And R(S,S) = (1 + F)^(-w20) = 0.9.
        assertEquals(0.9, Math.pow(1.0 + p.factor(), -0.1542), 1e-15);
    }

    @Test
    void weightsAreCopiedInAndOut() {
        double[] w = DEFAULTS.clone();
        FsrsParameters p = new FsrsParameters(w, 0.9, 100);
        w[2] = 99.0; // caller mutates its array afterwards
        assertEquals(2.3065, p.w(2), 0.0);
        double[] out = p.w();
        out[2] = 42.0; // caller mutates the returned copy
        assertEquals(2.3065, p.w(2), 0.0);
        assertNotSame(p.w(), p.w());
    }

    @Test
    void equalityIsByContent() {
        FsrsParameters a = new FsrsParameters(DEFAULTS.clone(), 0.9, 36_500);
        assertEquals(FsrsParameters.DEFAULT, a);
        assertEquals(FsrsParameters.DEFAULT.hashCode(), a.hashCode());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 19, 20, 22})
    void rejectsWrongWeightCount(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 0.5);
        assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(w, 0.9, 100));
    }

    @Test
    void rejectsNullNonFiniteAndDegenerateWeights() {
        assertThrows(NullPointerException.class, () -> new FsrsParameters(null, 0.9, 100));
        double[] nan = DEFAULTS.clone();
        nan[8] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(nan, 0.9, 100));
        double[] noDecay = DEFAULTS.clone();
        noDecay[20] = 0.0;
        assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(noDecay, 0.9, 100));
        double[] zeroS0 = DEFAULTS.clone();
        zeroS0[0] = 0.0;
        assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(zeroS0, 0.9, 100));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.0, -0.1, 1.5, Double.NaN})
    void rejectsRetentionOutsideOpenUnitInterval(double retention) {
        assertThrows(IllegalArgumentException.class,
                () -> new FsrsParameters(DEFAULTS, retention, 100));
    }

    @Test
    void rejectsMaximumIntervalBelowOneDay() {
        assertThrows(IllegalArgumentException.class, () -> new FsrsParameters(DEFAULTS, 0.9, 0));
        assertEquals(1, new FsrsParameters(DEFAULTS, 0.9, 1).maximumIntervalDays());
    }

    @Test
    void withersValidateToo() {
        assertEquals(0.8, FsrsParameters.DEFAULT.withDesiredRetention(0.8).desiredRetention(), 0.0);
        assertThrows(IllegalArgumentException.class,
                () -> FsrsParameters.DEFAULT.withDesiredRetention(1.0));
        assertEquals(30, FsrsParameters.DEFAULT.withMaximumIntervalDays(30).maximumIntervalDays());
    }
}
