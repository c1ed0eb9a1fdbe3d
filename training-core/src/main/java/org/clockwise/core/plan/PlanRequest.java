package org.clockwise.core.plan;

import org.clockwise.core.course.CourseSummary;
import org.clockwise.core.course.TrackInfo;
import org.clockwise.core.people.Rep;
import org.clockwise.core.skill.SkillStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link PlanPolicy#plan} needs, loaded by the caller.
 *
 * @param rep           the rep
 * @param day           the rep's local date the plan is for (see {@link PlanPolicy#localDay})
 * @param budgetSeconds time budget, 0 or more ({@link #DEFAULT_BUDGET_SECONDS} by default)
 * @param tracks        tenure tracks, in catalog order
 * @param modules       published, not retired modules
 * @param dueReviews    review items due by the moment the plan is made (what the Reviews page serves then)
 * @param skills        proficiency and target per skill
 * @param history       what the rep has completed and seen
 * @param phaseNames    phase id to display name (ids are shown when missing)
 * @param personaNames  persona id to display name (ids are shown when missing)
 */
public record PlanRequest(Rep rep, LocalDate day, int budgetSeconds, List<TrackInfo> tracks,
                          List<CourseSummary> modules, List<DueReview> dueReviews,
                          List<SkillStatus> skills, History history,
                          Map<String, String> phaseNames, Map<String, String> personaNames,
                          List<AssignedModule> assigned) {

    /** A request without manager assignments. */
    public PlanRequest(Rep rep, LocalDate day, int budgetSeconds, List<TrackInfo> tracks, List<CourseSummary> modules,
                       List<DueReview> dueReviews, List<SkillStatus> skills, History history,
                       Map<String, String> phaseNames, Map<String, String> personaNames) {
        this(rep, day, budgetSeconds, tracks, modules, dueReviews, skills, history, phaseNames, personaNames, List.of());
    }

    /** Five minutes: one snackable lesson a day. */
    public static final int DEFAULT_BUDGET_SECONDS = 5 * 60;

    /** Copies the collections ({@code null} means empty) and checks rep, day and budget. */
    public PlanRequest {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(day, "day");
        if (budgetSeconds < 0) {
            throw new IllegalArgumentException("budgetSeconds must be >= 0, was " + budgetSeconds);
        }
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        modules = modules == null ? List.of() : List.copyOf(modules);
        dueReviews = dueReviews == null ? List.of() : List.copyOf(dueReviews);
        skills = skills == null ? List.of() : List.copyOf(skills);
        history = history == null ? History.EMPTY : history;
        phaseNames = phaseNames == null ? Map.of() : Map.copyOf(phaseNames);
        personaNames = personaNames == null ? Map.of() : Map.copyOf(personaNames);
        assigned = assigned == null ? List.of() : List.copyOf(assigned);
    }
}
