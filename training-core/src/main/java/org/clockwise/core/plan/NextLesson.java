package org.clockwise.core.plan;

import org.clockwise.core.skill.SkillStatus;

import java.util.List;

/**
 * The lesson a rep gets next as someone else looks at it, and the skill statuses it was chosen
 * against, so a view that names the rep's largest gap next to it reads the same numbers.
 *
 * @param lesson   the next lesson not completed yet; {@code null} when none is left
 * @param tomorrow whether today's lesson is already done, so this one is what the rules would give
 *                 them next (tomorrow, unless something changes first)
 * @param skills   the rep's skills now, one per catalog skill, in catalog order
 * @param note     why there is no lesson (reviews first, on target for the tenure, nothing left), or
 *                 {@code null}
 */
public record NextLesson(PlanItem lesson, boolean tomorrow, List<SkillStatus> skills, Reason note) {

    /** Copies the skills. */
    public NextLesson {
        skills = List.copyOf(skills);
    }

    /** A next lesson without a note. */
    public NextLesson(PlanItem lesson, boolean tomorrow, List<SkillStatus> skills) {
        this(lesson, tomorrow, skills, null);
    }
}
