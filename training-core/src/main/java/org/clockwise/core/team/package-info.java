/**
 * What managers and admins see of their teams: who may see which team and rep
 * ({@link org.clockwise.core.team.TeamAccessQueries}), the teams side by side
 * ({@link org.clockwise.core.team.OrgOverviewQueries}), and the readers of the summaries the
 * dashboard is computed from. Every class here that runs SQL ends in {@code Queries}; the rules
 * they feed live in {@link org.clockwise.core.team.metrics}.
 */
package org.clockwise.core.team;
