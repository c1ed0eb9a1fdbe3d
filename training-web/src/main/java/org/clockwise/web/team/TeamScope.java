package org.clockwise.web.team;

import org.clockwise.core.team.metrics.RepInfo;

import java.util.List;

/**
 * Which reps a team page covers: every rep the viewer may see, or one of their teams.
 *
 * @param teamId   the team asked for with {@code ?team=}, or {@code null} for the viewer's whole span
 * @param teamName its name, or {@code null}
 * @param reps     the reps, those of the teams below included
 */
record TeamScope(Long teamId, String teamName, List<RepInfo> reps) {

    /** The query parameter that keeps a link or form on this team, or an empty string. */
    String query() {
        return teamId == null ? "" : "team=" + teamId;
    }

    /** The ids of the reps. */
    List<Long> repIds() {
        return reps.stream().map(RepInfo::id).toList();
    }
}
