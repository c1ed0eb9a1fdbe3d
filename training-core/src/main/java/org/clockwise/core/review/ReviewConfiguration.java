package org.clockwise.core.review;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** The scheduler and rating rules as beans, with the desired retention from configuration. */
@Factory
class ReviewConfiguration {

    @Singleton
    ReviewScheduler reviewScheduler(@Value("${clockwise.review.desired-retention:0.9}") double desiredRetention) {
        FsrsParameters defaults = FsrsParameters.DEFAULT;
        return new ReviewScheduler(new FsrsParameters(defaults.w(), desiredRetention, defaults.maximumIntervalDays()));
    }

    @Singleton
    RatingPolicy ratingPolicy() {
        return new RatingPolicy();
    }
}
