/**
 * Organisations, teams and the people in them: reps with their hire date and time zone, authors, managers (of teams and, through nesting, of sub-teams) and admins. A person may hold several roles.
 */
package org.clockwise.core.people;
