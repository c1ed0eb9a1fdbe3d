package org.clockwise.core.summary;

import jakarta.inject.Singleton;
import org.clockwise.core.people.Rep;
import org.clockwise.core.people.UserStore;
import org.clockwise.core.skill.SkillStatuses;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Keeps the summaries team views read (daily_activity, skill_snapshots, rep_skill_status) in
 * step with each recorded event, in the caller's transaction: the one call every recorder makes.
 */
@Singleton
public class SummaryUpkeep {

    private final ActivityRollupStore rollup;
    private final SkillSnapshotStore snapshots;
    private final SkillStatuses skills;
    private final UserStore users;

    SummaryUpkeep(ActivityRollupStore rollup, SkillSnapshotStore snapshots, SkillStatuses skills, UserStore users) {
        this.rollup = rollup;
        this.snapshots = snapshots;
        this.skills = skills;
        this.users = users;
    }

    /**
     * A quiz attempt was recorded.
     *
     * @param refreshSkills whether to rewrite the rep's skill snapshot now; a bulk replay passes
     *                      false and calls {@link #refreshSkills} once per simulated week instead
     */
    public void lessonTaken(long userId, Instant at, Duration taken, boolean refreshSkills) {
        rollup.lesson(userId, at, taken);
        if (refreshSkills) {
            refreshSkills(userId, at);
        }
    }

    /** A review answer was recorded; {@code refreshSkills} as for {@link #lessonTaken}. */
    public void reviewAnswered(long userId, Instant at, boolean refreshSkills) {
        rollup.review(userId, at);
        if (refreshSkills) {
            refreshSkills(userId, at);
        }
    }

    /**
     * A quiz attempt was recorded, and the skill snapshot rewritten, with the rep and their desired
     * retention the caller already holds in this transaction: neither is read again (issue 13, "Speed").
     */
    public void lessonTaken(Rep rep, double retention, Instant at, Duration taken) {
        rollup.lesson(rep.id(), at, taken);
        snapshots.save(rep.id(), skills.latest(rep, at, retention), at);
    }

    /** A review answer was recorded, as {@link #lessonTaken(Rep, double, Instant, Duration)}. */
    public void reviewAnswered(Rep rep, double retention, Instant at) {
        rollup.review(rep.id(), at);
        snapshots.save(rep.id(), skills.latest(rep, at, retention), at);
    }

    /** The plan of the rep's local {@code day} was completed. */
    public void planCompleted(long userId, LocalDate day) {
        rollup.planCompleted(userId, day);
    }

    /** The completed plan of the rep's local {@code day} was discarded (an assignment gives an empty day work). */
    public void planReopened(long userId, LocalDate day) {
        rollup.planReopened(userId, day);
    }

    /** Rewrites the rep's skill snapshot as of {@code now} (nightly, and after a bulk replay). */
    public void refreshSkills(long userId, Instant now) {
        snapshots.save(userId, skills.latest(users.findById(userId).orElseThrow().rep(), now), now);
    }
}
