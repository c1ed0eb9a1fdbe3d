package org.clockwise.core.nudge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When a person's reminder emails are due. The daily nudge: on a working day (Monday to Friday in
 * the person's zone) once their local clock has reached their chosen time. The weekly digest: the
 * same, on Mondays only. A local time that a daylight-saving jump skips is simply passed: on a
 * day the clock jumps from 00:00 to 01:00, a 00:30 nudge is due from 01:00.
 *
 * <p>{@link NudgeQueries} finds due people in SQL with the same rule (a database test proves the
 * two agree), so the scheduler never loops over every person in Java.
 */
public final class NudgePolicy {

    /** The nudge time of a person who never chose one (the column's default). */
    public static final LocalTime DEFAULT_TIME = LocalTime.of(8, 30);

    private NudgePolicy() {
    }

    /**
     * The person's local day on which a nudge is due at {@code now}, or empty when none is due
     * (a weekend, or before their time).
     */
    public static Optional<LocalDate> nudgeDay(Instant now, ZoneId zone, LocalTime at) {
        ZonedDateTime local = Objects.requireNonNull(now, "now").atZone(Objects.requireNonNull(zone, "zone"));
        DayOfWeek dow = local.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || local.toLocalTime().isBefore(Objects.requireNonNull(at, "at"))) {
            return Optional.empty();
        }
        return Optional.of(local.toLocalDate());
    }

    /** The Monday whose weekly digest is due at {@code now}, or empty (not Monday, or before their time). */
    public static Optional<LocalDate> digestWeek(Instant now, ZoneId zone, LocalTime at) {
        return nudgeDay(now, zone, at).filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY);
    }

    /** The outbox key that makes "one nudge per person and local day" a database constraint. */
    public static String nudgeKey(long userId, LocalDate day) {
        return "nudge:" + userId + ":" + day;
    }

    /** The outbox key of a manager's digest for the week starting {@code monday}. */
    public static String digestKey(long userId, LocalDate monday) {
        return "digest:" + userId + ":" + monday;
    }
}
