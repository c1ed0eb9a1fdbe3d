package org.clockwise.core.plan;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.clockwise.core.skill.SkillStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reason next to each plan item, as a message key and its arguments ({@link Reason}); the
 * words, English included, are in the web's message files under the same keys. Which key and
 * which numbers is the rule, and lives here.
 */
final class Reasons {

    static final String REVIEW_LAST_SEEN = "plan.reason.review.lastSeen";
    static final String REVIEW_DUE = "plan.reason.review.due";
    static final String TRACK_FIRST = "plan.reason.track.first";
    static final String TRACK = "plan.reason.track";
    static final String TRACK_NAMED = "plan.reason.track.named";
    static final String TRACK_CATCH_UP = "plan.reason.track.catchUp";
    static final String NOTE_REVIEWS_FIRST = "plan.note.reviewsFirst";
    static final String NOTE_ON_TARGET = "plan.note.onTarget";
    static final String NOTE_FINISHED = "plan.note.finished";
    static final String GAP = "plan.reason.gap";
    static final String GAP_PERSONA = "plan.reason.gap.persona";
    static final String GAP_PHASE = "plan.reason.gap.phase";
    static final String GAP_BOTH = "plan.reason.gap.both";
    static final String NEW = "plan.reason.new";
    static final String NEW_PERSONA = "plan.reason.new.persona";
    static final String NEW_PHASE = "plan.reason.new.phase";
    static final String NEW_BOTH = "plan.reason.new.both";
    static final String ASSIGNED = "plan.reason.assigned";
    static final String ASSIGNED_TODAY = "plan.reason.assigned.today";
    static final String ASSIGNED_OVERDUE = "plan.reason.assigned.overdue";

    /** The keys of {@link #gap}: their first argument is the skill's name. */
    static final Set<String> GAP_KEYS = Set.of(GAP, GAP_PERSONA, GAP_PHASE, GAP_BOTH);

    static final Set<String> KEYS = Set.of(Reason.STORED, REVIEW_LAST_SEEN, REVIEW_DUE, TRACK_FIRST, TRACK, TRACK_NAMED,
            TRACK_CATCH_UP, NOTE_REVIEWS_FIRST, NOTE_ON_TARGET, NOTE_FINISHED, GAP, GAP_PERSONA, GAP_PHASE, GAP_BOTH, NEW, NEW_PERSONA, NEW_PHASE, NEW_BOTH, ASSIGNED, ASSIGNED_TODAY,
            ASSIGNED_OVERDUE);

    private Reasons() {
    }

    /**
     * "Review: you last saw this 9 days ago" with the days on the rep's calendar (0 for today);
     * without a last-seen time, "Review: due today / since yesterday / overdue by 3 days".
     */
    static Reason review(DueReview r, LocalDate day, ZoneId zone) {
        if (r.lastSeen() == null) {
            return reason(REVIEW_DUE, daysBefore(r.due(), day, zone));
        }
        return reason(REVIEW_LAST_SEEN, daysBefore(r.lastSeen(), day, zone));
    }

    private static long daysBefore(Instant instant, LocalDate day, ZoneId zone) {
        return Math.max(0, ChronoUnit.DAYS.between(Rep.localDay(instant, zone), day));
    }

    /**
     * "Day 12 of your first 30 days" for the first track; otherwise
     * "Day 45: Days 31 to 60 track, lesson 2 of 5" (a name ending in "track" is not given another).
     */
    static Reason track(int tenure, TrackInfo track, boolean firstTrack, int position, int size) {
        if (firstTrack) {
            return reason(TRACK_FIRST, tenure, lowerFirst(track.name()));
        }
        boolean named = track.name().toLowerCase(Locale.ROOT).endsWith("track");
        return reason(named ? TRACK_NAMED : TRACK, tenure, track.name(), position, size);
    }

    /** "Catching up: First 30 days, lesson 4 of 6", a track whose days are over and that is not finished. */
    static Reason catchUp(TrackInfo track, int position, int size) {
        return reason(TRACK_CATCH_UP, track.name(), position, size);
    }

    /** "Reviews first today: 9 are due; your next new lesson comes once no more than 5 are." */
    static Reason reviewsFirst(int due, int threshold) {
        return reason(NOTE_REVIEWS_FIRST, due, threshold);
    }

    /** "You are on target for day 24; new lessons come back on day 31. The library is open meanwhile." */
    static Reason onTarget(int tenure, int nextBandStart) {
        return reason(NOTE_ON_TARGET, tenure, nextBandStart);
    }

    /** "You have taken every module the plan can give you; the library is open." */
    static Reason finished() {
        return reason(NOTE_FINISHED);
    }

    /** "Discovery questioning is at 35%, target 70%[, and it covers ...]". */
    static Reason gap(SkillStatus skill, LessonChooser.Unseen unseen) {
        List<Object> args = new ArrayList<>(List.of(skill.skillName(), skill.percent(), skill.targetPercent()));
        args.addAll(covered(unseen));
        return reason(pick(unseen, GAP, GAP_PERSONA, GAP_PHASE, GAP_BOTH), args.toArray());
    }

    /** "Something new: it covers ..." or, when nothing in it is unseen, "Something new: <title>". */
    static Reason somethingNew(CourseSummary module, LessonChooser.Unseen unseen) {
        return unseen.score() == 0 ? reason(NEW, module.title())
                : reason(pick(unseen, NEW, NEW_PERSONA, NEW_PHASE, NEW_BOTH), covered(unseen).toArray());
    }

    /** "Assigned by Maya Okafor, due Thursday 3 December" (or "due today", "overdue since …"); the date as ISO. */
    static Reason assigned(AssignedModule a, LocalDate today) {
        return a.due().isEqual(today) ? reason(ASSIGNED_TODAY, a.assignedBy())
                : reason(a.due().isBefore(today) ? ASSIGNED_OVERDUE : ASSIGNED, a.assignedBy(), a.due());
    }

    /** A reason stays one short line: it names the first unseen persona and/or phase only. */
    private static String pick(LessonChooser.Unseen unseen, String none, String persona, String phase, String both) {
        boolean hasPersona = !unseen.personas().isEmpty();
        boolean hasPhase = !unseen.phases().isEmpty();
        return hasPersona && hasPhase ? both : hasPersona ? persona : hasPhase ? phase : none;
    }

    /** The names {@link #pick} refers to: the first unseen persona, then the first unseen phase. */
    private static List<String> covered(LessonChooser.Unseen unseen) {
        List<String> names = new ArrayList<>();
        if (!unseen.personas().isEmpty()) {
            names.add(unseen.personas().get(0));
        }
        if (!unseen.phases().isEmpty()) {
            names.add(unseen.phases().get(0));
        }
        return names;
    }

    /** The reason with these arguments as text: whole numbers, ISO dates ({@code 2026-12-03}), names. */
    private static Reason reason(String key, Object... args) {
        if (!KEYS.contains(key)) {
            throw new IllegalStateException("not a reason key: " + key + " (add it to Reasons.KEYS and the message files)");
        }
        return new Reason(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** A name as it reads mid-sentence: "First 30 days" becomes "first 30 days"; acronyms ("CRM basics") stay. */
    private static String lowerFirst(String s) {
        if (s.isEmpty() || (s.length() > 1 && Character.isUpperCase(s.charAt(1)))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
