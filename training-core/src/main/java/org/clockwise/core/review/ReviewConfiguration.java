package org.clockwise.core.review;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The scheduler and rating rules as beans, with the desired retention from configuration. */
@Factory
class ReviewConfiguration {

    @Singleton
    ReviewScheduler reviewScheduler(ReviewSettings settings) {
        FsrsParameters defaults = FsrsParameters.DEFAULT;
        return new ReviewScheduler(new FsrsParameters(defaults.w(), settings.desiredRetention(), defaults.maximumIntervalDays()));
    }

    @Singleton
    MasteryPolicy masteryPolicy(ReviewSettings settings) {
        return new MasteryPolicy(settings.retireAtStabilityDays(), settings.leechLapses());
    }

    @Singleton
    RatingPolicy ratingPolicy() {
        return new RatingPolicy();
    }
}
