package org.clockwise.core.signin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * {@code clockwise.security.*}, checked at start.
 *
 * @param bcryptCost          the bcrypt work factor: each step doubles the time a password check takes;
 *                            below 10 is too cheap to guess against, 31 is bcrypt's own ceiling
 * @param addressFreeFailures failed sign-ins from one client address (over any accounts) before it is locked
 * @param trustedProxies      IP addresses or CIDR blocks of proxies whose {@code X-Forwarded-For} is believed;
 *                            none by default (issue 13)
 * @param hashingThreads      threads that check passwords, apart from the threads that serve pages
 * @param hashingQueue        sign-ins that may wait for those threads; beyond it sign-in answers 503 at once
 */
@Context
@ConfigurationProperties("clockwise.security")
public record SecuritySettings(
        @Bindable(defaultValue = "12")
        @Min(value = PasswordHasher.MIN_COST, message = "must be between 10 and 31, was {validatedValue}")
        @Max(value = 31, message = "must be between 10 and 31, was {validatedValue}")
        int bcryptCost,
        @Bindable(defaultValue = "20")
        @Min(value = 5, message = "must be between 5 and 1000000, was {validatedValue}")
        @Max(value = 1_000_000, message = "must be between 5 and 1000000, was {validatedValue}")
        int addressFreeFailures,
        @Bindable(defaultValue = "")
        @NotNull
        List<String> trustedProxies,
        @Bindable(defaultValue = "2")
        @Min(value = 1, message = "must be between 1 and 64, was {validatedValue}")
        @Max(value = 64, message = "must be between 1 and 64, was {validatedValue}")
        int hashingThreads,
        @Bindable(defaultValue = "16")
        @Min(value = 0, message = "must be between 0 and 10000, was {validatedValue}")
        @Max(value = 10_000, message = "must be between 0 and 10000, was {validatedValue}")
        int hashingQueue) {

    @Creator
    public SecuritySettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        // Issue 13 leftovers, item 1: a bad entry stops the start with one line naming it, not the first request.
        new TrustedProxies(trustedProxies);
    }

    /** The defaults with the given cost. */
    public SecuritySettings(int bcryptCost) {
        this(bcryptCost, 20, List.of(), 2, 16);
    }
}
