package org.clockwise.core.skill;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code clockwise.skill-cache.*} (issue 13, "Speed", the fifth round). Created at start
 * ({@code @Context}), so a value out of bounds stops the server at once.
 *
 * @param historyMegabytes how much My skills' per-rep history ({@link SkillHistoryCache}) may hold, by its
 *                         estimate of each entry's bytes: 64 by default (about 1,000 reps of 1,400 answers, some
 *                         65 KB each, measured);
 *                         the reps viewed least recently are dropped first
 */
@Context
@ConfigurationProperties("clockwise.skill-cache")
record SkillCacheSettings(
        @Bindable(defaultValue = "64")
        @Min(value = 1, message = "must be between 1 and 4096, was {validatedValue}")
        @Max(value = 4096, message = "must be between 1 and 4096, was {validatedValue}")
        int historyMegabytes) {
}
