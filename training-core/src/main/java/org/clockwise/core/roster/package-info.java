/**
 * The HR roster: a CSV file of people and their teams, parsed and checked as a whole
 * ({@link org.clockwise.core.roster.RosterParser}, {@link org.clockwise.core.roster.RosterPolicy}),
 * planned as a dry run (added, changed with before and after, unchanged, deactivated) and applied
 * all or nothing in one transaction, one import at a time ({@link org.clockwise.core.roster.RosterImport}).
 */
package org.clockwise.core.roster;
