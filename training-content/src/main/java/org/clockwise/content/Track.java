package org.clockwise.content;

import java.util.Objects;

/**
 * A tenure-based track (ramp-up) from {@code catalog.yml}.
 *
 * @param id      stable id, unique among tracks
 * @param name    display name
 * @param fromDay first day since hire that belongs to the track (inclusive, at least 0)
 * @param toDay   last day since hire that belongs to the track (inclusive), or null when open-ended
 */
public record Track(String id, String name, int fromDay, Integer toDay) {

    public Track {
        Ids.requireValid(id, "track id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name of track " + id + " must not be blank");
        }
        if (fromDay < 0 || (toDay != null && toDay < fromDay)) {
            throw new IllegalArgumentException("bad tenure range for track " + id + ": [" + fromDay + ", " + toDay + "]");
        }
    }

    /** Whether this track has no last day ({@code tenure-days: [90, null]}). */
    public boolean isOpenEnded() {
        return toDay == null;
    }

    /** Whether a rep hired {@code tenureDays} days ago belongs to this track. */
    public boolean includesDay(int tenureDays) {
        return tenureDays >= fromDay && (toDay == null || tenureDays <= toDay);
    }
}
