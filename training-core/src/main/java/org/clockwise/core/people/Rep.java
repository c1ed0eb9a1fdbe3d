package org.clockwise.core.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A rep's place in time: which local day "now" is for them, and how long they have been with
 * the company. Plans, skill targets and team views all count days this way.
 *
 * @param id       rep id
 * @param hireDate first working day, in the rep's zone
 * @param zone     the rep's time zone: decides which local day "today" is
 */
public record Rep(long id, LocalDate hireDate, ZoneId zone) {

    /** Checks that hire date and zone are present. */
    public Rep {
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(zone, "zone");
    }

    /** The rep's local date at an instant. */
    public LocalDate day(Instant now) {
        return localDay(now, zone);
    }

    /** The rep's tenure day on their local {@code day}; see {@link #tenureDays(LocalDate, LocalDate)}. */
    public int tenureOn(LocalDate day) {
        return tenureDays(hireDate, day);
    }

    /**
     * The local date at an instant in a zone: a rep in Tokyo is already on the next day while New
     * York is still on the previous one.
     *
     * @param now  the current instant, typically {@code clock.instant()}
     * @param zone the rep's zone
     * @return the rep's local date
     */
    public static LocalDate localDay(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(Objects.requireNonNull(now, "now"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Tenure day, counted like a calendar: the hire date is day 1, the next day is day 2.
     * That makes "Day 12 of your first 30 days" literally true and lets a track with
     * {@code tenure-days: [0, 30]} cover the first 30 days. Days before the hire date
     * (pre-boarding) are day 0, so they also fall in the first track and tenure band.
     *
     * @param hireDate the rep's hire date
     * @param day      the rep's local date
     * @return 1 on the hire date, 0 before it, never negative
     */
    public static int tenureDays(LocalDate hireDate, LocalDate day) {
        long days = ChronoUnit.DAYS.between(Objects.requireNonNull(hireDate, "hireDate"), Objects.requireNonNull(day, "day"));
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, days) + 1);
    }
}
