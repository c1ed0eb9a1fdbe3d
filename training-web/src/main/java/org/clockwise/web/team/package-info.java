/**
 * The manager's and admin's team pages, one controller per route: the dashboard
 * ({@code TeamPageController}), the teams side by side ({@code TeamsOverviewController}), a rep's
 * page ({@code RepPageController}), assigning a module ({@code AssignmentController}) and every
 * table as CSV or JSON ({@code TeamTablesController}). The numbers come from
 * {@link org.clockwise.core.team.TeamDashboard}; this package only decides who sees which team
 * ({@code TeamScopes}) and draws: charts, the heatmap table, the downloads.
 */
package org.clockwise.web.team;
