package org.clockwise.web;

import io.micronaut.context.ApplicationContext;
import org.clockwise.core.testing.CoreContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A bad setting stops the start with one line that names it (the real main() is in ApplicationProcessTest). */
class SettingsCheckIT {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "clockwise.review.desired-retention | 1.5   | clockwise.review.desired-retention must be between 0.70 and 0.97, was 1.5",
            "clockwise.review.desired-retention | 0.5   | clockwise.review.desired-retention must be between 0.70 and 0.97, was 0.5",
            "clockwise.review.desired-retention | high  | clockwise.review.desired-retention must be a number, was high",
            "clockwise.security.bcrypt-cost     | 4     | clockwise.security.bcrypt-cost must be between 10 and 31, was 4",
            "clockwise.demo.history-days        | 1000  | clockwise.demo.history-days must be between 0 and 365, was 1000",
            "clockwise.demo.history-days        | 12w   | clockwise.demo.history-days must be a whole number, was 12w",
            "clockwise.signing-secret           | short | clockwise.signing-secret must be at least 32 characters long",
            "clockwise.data-dir                 | ' '   | clockwise.data-dir must not be blank",
            "clockwise.plan.budget-minutes      | 0     | clockwise.plan.budget-minutes must be between 1 and 60, was 0",
            "clockwise.team.dashboard-cache-size | -1   | clockwise.team.dashboard-cache-size must be between 0 and 100000, was -1",
            "clockwise.plan.budget-minutes      | 90    | clockwise.plan.budget-minutes must be between 1 and 60, was 90",
            // issue 13 leftovers, item 1: a bad proxy entry stops the start, naming it
            "clockwise.security.trusted-proxies | 10.0.0.0/99 | "
                    + "clockwise.security.trusted-proxies must have a prefix length between 0 and 32, was 10.0.0.0/99",
            "clockwise.security.trusted-proxies | '10.0.0.1,not-an-ip' | "
                    + "clockwise.security.trusted-proxies must be IP addresses or CIDR blocks, was not-an-ip",
            "clockwise.security.trusted-proxies | ::1/129 | "
                    + "clockwise.security.trusted-proxies must have a prefix length between 0 and 128, was ::1/129",
            "micronaut.security.token.generator.access-token.expiration | 60 | "
                    + "micronaut.security.token.generator.access-token.expiration must be between 300 and 2592000 seconds, was 60",
    })
    void aBadSettingIsOneLineNamingIt(String property, String value, String line) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(property, value).close());
        assertEquals(line, Application.oneLine(failure));
    }

    @Test
    void settingsWithinBoundsStart() {
        start("clockwise.review.desired-retention", "0.85").close();
    }

    /** A context that fails to start is closed here, or each failure would keep its connection pool open. */
    private static ApplicationContext start(String property, String value) {
        Map<String, Object> props = new HashMap<>(CoreContext.testProperties());
        props.put("datasources.default.maximum-pool-size", 2);
        props.put("datasources.default.minimum-idle", 0);
        props.put(property, value);
        ApplicationContext context = ApplicationContext.builder().properties(props).build();
        try {
            return context.start();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }
}
