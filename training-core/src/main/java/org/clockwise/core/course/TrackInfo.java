package org.clockwise.core.course;

import java.util.Objects;

/**
 * A tenure track from the catalog.
 *
 * @param id      track id
 * @param name    display name, e.g. "First 30 days"
 * @param fromDay first tenure day, inclusive
 * @param toDay   last tenure day, inclusive; {@code null} for open-ended
 */
public record TrackInfo(String id, String name, int fromDay, Integer toDay) {

    /** Checks that id and name are present and the range is not inverted. */
    public TrackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (toDay != null && toDay < fromDay) {
            throw new IllegalArgumentException("track " + id + ": toDay is before fromDay");
        }
    }

    /** Whether the track is meant for a rep on this tenure day. */
    public boolean covers(int tenureDay) {
        return tenureDay >= fromDay && (toDay == null || tenureDay <= toDay);
    }
}
