/**
 * What managers and admins see of their people: which reps and teams a viewer may open
 * ({@link org.clockwise.core.team.TeamAccessQueries}), the read models behind the team pages (the
 * {@code *Queries} classes, which only read), and a team's {@link org.clockwise.core.team.Dashboard},
 * assembled from those summaries and kept by {@link org.clockwise.core.team.TeamDashboard} while the
 * {@link org.clockwise.core.team.TeamStampQueries} stamp of its inputs stays the same. The rules
 * themselves are plain functions in {@code team.metrics}.
 */
package org.clockwise.core.team;
