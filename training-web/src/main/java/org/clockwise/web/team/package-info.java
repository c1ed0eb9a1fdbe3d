/**
 * The manager's pages: the team dashboard, the teams side by side, a rep's page, assigning modules
 * and every table as CSV and JSON. The figures come from core; this package draws them (charts,
 * heatmap) and checks that the viewer may see the team or rep asked for.
 */
package org.clockwise.web.team;
