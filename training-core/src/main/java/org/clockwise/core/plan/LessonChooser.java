package org.clockwise.core.plan;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.skill.SkillStatus;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Chooses the one new lesson of the day, tenure first: the manager's assignment; else the next
 * module of the track for the rep's tenure, then of an earlier track not finished (catching up);
 * else a module for the largest skill gap at their tenure; else, once past every track's start
 * (ramp-up done), anything new. A module of a track whose tenure band has not started is never
 * chosen by the rules (only a manager can assign it early).
 */
final class LessonChooser {

    /** The chosen module and the reason shown to the rep. */
    record Choice(CourseSummary module, Reason reason) {
    }

    /** Track position: by {@code order} (unnumbered last), ties by id. */
    private static final Comparator<CourseSummary> TRACK_ORDER =
            Comparator.comparing(CourseSummary::order, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(CourseSummary::id);

    /** Tracks by start day, ties by id, so the result does not depend on input order. */
    private static final Comparator<TrackInfo> TRACKS =
            Comparator.comparingInt(TrackInfo::fromDay).thenComparing(TrackInfo::id);

    private final PlanRequest request;
    private final int tenure;
    private final Set<String> published;
    private final Map<String, Integer> trackStart;

    LessonChooser(PlanRequest request, int tenure) {
        this.request = request;
        this.tenure = tenure;
        this.published = request.modules().stream().map(CourseSummary::id).collect(Collectors.toSet());
        this.trackStart = request.tracks().stream().collect(Collectors.toMap(TrackInfo::id, TrackInfo::fromDay, Math::min));
    }

    /** Track, catch-up, gap or (after ramp-up) anything new. */
    Optional<Choice> byRules() {
        return fromTrack().or(this::catchUp).or(this::forLargestGap).or(this::somethingNew);
    }

    /**
     * Whether modules not taken yet wait for a later tenure band: during ramp-up, a rep on target
     * for their tenure with modules of later tracks (or outside the tracks) still ahead.
     */
    boolean heldByTenure() {
        return nextBandStart().isPresent() && request.modules().stream().anyMatch(this::available);
    }

    /** The first tenure day of the next track band after today, or empty when ramp-up is done. */
    Optional<Integer> nextBandStart() {
        return request.tracks().stream().map(TrackInfo::fromDay).filter(d -> d > tenure).min(Integer::compare);
    }

    /**
     * Rule 2·: a module the manager assigned comes first, the earliest due date first; it does not
     * wait for the review load.
     */
    Optional<Choice> assigned() {
        Map<String, CourseSummary> byId = request.modules().stream().collect(Collectors.toMap(CourseSummary::id, m -> m, (a, b) -> a));
        return request.assigned().stream()
                .sorted(Comparator.comparing(AssignedModule::due).thenComparing(AssignedModule::moduleId))
                .filter(a -> byId.containsKey(a.moduleId()) && eligible(byId.get(a.moduleId())))
                .findFirst()
                .map(a -> new Choice(byId.get(a.moduleId()), Reasons.assigned(a, request.day())));
    }

    /** Rule 2a: the next module of the first track covering the rep's tenure day. */
    private Optional<Choice> fromTrack() {
        List<TrackInfo> tracks = request.tracks().stream().sorted(TRACKS).toList();
        for (TrackInfo track : tracks) {
            if (track.covers(tenure)) {
                Optional<Choice> next = next(track, (position, size) ->
                        Reasons.track(tenure, track, track.equals(tracks.get(0)), position, size));
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }

    /** Rule 2a': the next module of an earlier track not finished, earliest track first (a late start or days missed). */
    private Optional<Choice> catchUp() {
        for (TrackInfo track : request.tracks().stream().sorted(TRACKS).toList()) {
            if (track.toDay() != null && track.toDay() < tenure) {
                Optional<Choice> next = next(track, (position, size) -> Reasons.catchUp(track, position, size));
                if (next.isPresent()) {
                    return next;
                }
            }
        }
        return Optional.empty();
    }

    /** The first eligible module of a track in track order, with its position. */
    private Optional<Choice> next(TrackInfo track, BiFunction<Integer, Integer, Reason> reason) {
        List<CourseSummary> inTrack = request.modules().stream()
                .filter(m -> track.id().equals(m.track()))
                .sorted(TRACK_ORDER)
                .toList();
        for (int i = 0; i < inTrack.size(); i++) {
            if (eligible(inTrack.get(i))) {
                return Optional.of(new Choice(inTrack.get(i), reason.apply(i + 1, inTrack.size())));
            }
        }
        return Optional.empty();
    }

    /** Rule 2b: the largest gap that some eligible module can close, ties by skill name. */
    private Optional<Choice> forLargestGap() {
        List<SkillStatus> gaps = request.skills().stream()
                .filter(s -> s.gap() > 0)
                .sorted(SkillStatus.LARGEST_GAP_FIRST)
                .toList();
        for (SkillStatus skill : gaps) {
            Optional<CourseSummary> best = best(m -> m.skills().contains(skill.skillId()));
            if (best.isPresent()) {
                return best.map(m -> new Choice(m, Reasons.gap(skill, unseen(m))));
            }
        }
        return Optional.empty();
    }

    /**
     * Rule 2c: anything not taken yet, once ramp-up is done (no track starts after today). During
     * ramp-up a rep on target for their tenure gets no extra lesson: reviews only, the library
     * stays open.
     */
    private Optional<Choice> somethingNew() {
        if (nextBandStart().isPresent()) {
            return Optional.empty();
        }
        return best(m -> true).map(m -> new Choice(m, Reasons.somethingNew(m, unseen(m))));
    }

    /** Most unseen phases and personas first, then the shortest, then by id; never a module of a later band's track. */
    private Optional<CourseSummary> best(Predicate<CourseSummary> filter) {
        return request.modules().stream()
                .filter(this::eligible)
                .filter(m -> !laterBand(m))
                .filter(filter)
                .min(Comparator.comparingInt((CourseSummary m) -> -unseen(m).score())
                        .thenComparingInt(CourseSummary::minutes)
                        .thenComparing(CourseSummary::id));
    }

    private boolean eligible(CourseSummary m) {
        Set<String> completed = request.history().completedModules();
        return available(m)
                // A prerequisite that is no longer published can never be taken again, so it
                // must not block the module forever; a completed one is satisfied anyway.
                && m.requires().stream().allMatch(r -> completed.contains(r) || !published.contains(r));
    }

    /** Not taken yet and fits the budget (prerequisites aside): something a rule might choose one day. */
    private boolean available(CourseSummary m) {
        return !request.history().completedModules().contains(m.id()) && m.seconds() <= request.budgetSeconds();
    }

    /** In a track whose tenure band starts after the rep's tenure day. */
    private boolean laterBand(CourseSummary m) {
        return m.track() != null && trackStart.containsKey(m.track()) && trackStart.get(m.track()) > tenure;
    }

    /** Which phases and personas of a module the rep has not met yet, by display name. */
    private Unseen unseen(CourseSummary m) {
        History h = request.history();
        List<String> personas = m.personas().stream().distinct()
                .filter(p -> !h.seenPersonas().contains(p))
                .map(p -> request.personaNames().getOrDefault(p, p)).toList();
        List<String> phases = m.phases().stream().distinct()
                .filter(p -> !h.seenPhases().contains(p))
                .map(p -> request.phaseNames().getOrDefault(p, p)).toList();
        return new Unseen(personas, phases);
    }

    /** Display names of unseen personas and phases, in module order. */
    record Unseen(List<String> personas, List<String> phases) {
        int score() {
            return personas.size() + phases.size();
        }
    }
}
