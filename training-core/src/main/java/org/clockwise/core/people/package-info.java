/**
 * Organisations, teams and the people in them: reps with their hire date and time zone, authors, managers (of teams and, through nesting, of sub-teams) and admins. A person may hold several roles.
 *
 * <p>Admins change their own organisation through {@link org.clockwise.core.people.PeopleService}
 * (rules in {@link org.clockwise.core.people.PersonPolicy}, reads in
 * {@link org.clockwise.core.people.PeopleQueries}); deactivating someone hides them everywhere and deletes nothing.
 */
package org.clockwise.core.people;
