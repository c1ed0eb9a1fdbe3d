package org.clockwise.core.plan;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.clockwise.core.skill.SkillStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The reason texts shown next to each plan item. English only for now; kept in one place so
 * that moving them to message bundles later is a single change.
 */
final class Reasons {

    private Reasons() {
    }

    /**
     * "Review: you last saw this 9 days ago" (or "yesterday", "today"); without a last-seen
     * time, "Review: due today", "Review: due since yesterday", "Review: overdue by 3 days".
     */
    static String review(DueReview r, LocalDate day, ZoneId zone) {
        if (r.lastSeen() == null) {
            long overdue = ChronoUnit.DAYS.between(Rep.localDay(r.due(), zone), day);
            return overdue <= 0 ? "Review: due today"
                    : overdue == 1 ? "Review: due since yesterday"
                    : "Review: overdue by " + overdue + " days";
        }
        long days = ChronoUnit.DAYS.between(Rep.localDay(r.lastSeen(), zone), day);
        return "Review: you last saw this " + daysAgo(days);
    }

    /**
     * "Day 12 of your first 30 days" for the first track; otherwise
     * "Day 45: Days 31 to 60 track, lesson 2 of 5".
     */
    static String track(int tenure, TrackInfo track, boolean firstTrack, int position, int size) {
        if (firstTrack) {
            return "Day " + tenure + " of your " + lowerFirst(track.name());
        }
        String name = track.name().toLowerCase(Locale.ROOT).endsWith("track")
                ? track.name() : track.name() + " track";
        return "Day " + tenure + ": " + name + ", lesson " + position + " of " + size;
    }

    /** "Discovery questioning is at 35%, target 70%[, and it covers ...]". */
    static String gap(SkillStatus skill, LessonChooser.Unseen unseen) {
        String base = skill.skillName() + " is at " + percentBelow(skill.proficiency())
                + "%, target " + Math.round(skill.target() * 100) + "%";
        return unseen.score() == 0 ? base : base + ", and " + covers(unseen);
    }

    /** "Something new: it covers ..." or, when nothing in it is unseen, "Something new: <title>". */
    static String somethingNew(CourseSummary module, LessonChooser.Unseen unseen) {
        return "Something new: " + (unseen.score() == 0 ? module.title() : covers(unseen));
    }

    /** Names the first unseen persona and/or phase; a reason stays one short line. */
    private static String covers(LessonChooser.Unseen unseen) {
        boolean persona = !unseen.personas().isEmpty();
        boolean phase = !unseen.phases().isEmpty();
        if (persona && phase) {
            return "it covers the " + unseen.personas().get(0) + " persona and the "
                    + unseen.phases().get(0) + " phase, both new to you";
        }
        return persona
                ? "it covers the " + unseen.personas().get(0) + " persona you have not met yet"
                : "it covers the " + unseen.phases().get(0) + " phase you have not seen yet";
    }

    private static String daysAgo(long days) {
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }

    /**
     * Whole percent, rounded down so a rep just below target never reads "at 70%, target 70%";
     * the epsilon keeps 0.29 from printing as 28 through floating-point noise.
     */
    private static long percentBelow(double p) {
        return (long) Math.floor(Math.max(0, Math.min(1, p)) * 100 + 1e-9);
    }

    private static String lowerFirst(String s) {
        // Keep acronyms ("CRM basics") intact; only "First 30 days" -> "first 30 days".
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** "Assigned by Maya Okafor, due Thursday 3 December" (or "due today", "overdue since …"). */
    static String assigned(AssignedModule a, LocalDate today) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
        String when = a.due().isEqual(today) ? "due today"
                : a.due().isBefore(today) ? "overdue since " + day.format(a.due()) : "due " + day.format(a.due());
        return "Assigned by " + a.assignedBy() + ", " + when;
    }
}
