package org.clockwise.core.team.metrics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One rep's activity on one local day. Days without activity are simply absent; a row with
 * nothing in it (no lessons, reviews, seconds or completed plan) counts as no activity.
 *
 * @param repId         the rep
 * @param day           the day, in the rep's own zone
 * @param lessons       lessons taken that day
 * @param reviews       reviews answered that day
 * @param seconds       time spent learning that day
 * @param planCompleted whether the rep finished that day's plan
 */
public record RepDay(long repId, LocalDate day, int lessons, int reviews, int seconds, boolean planCompleted) {

    /** Checks that the day is named and the counts are not negative. */
    public RepDay {
        Objects.requireNonNull(day, "day");
        if (lessons < 0 || reviews < 0 || seconds < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
    }

    /** Whether anything happened that day. */
    boolean active() {
        return lessons > 0 || reviews > 0 || seconds > 0 || planCompleted;
    }
}
