/**
 * The admin's pages for their own organisation: people (list with search, filters and paging; add,
 * edit, deactivate, reactivate) in {@code PeopleAdminController}, and the team tree (create,
 * rename, move, managers, remove) in {@code TeamsAdminController}. Every change goes through
 * {@link org.clockwise.core.people.PeopleService}, which checks that ids belong to the admin's
 * organisation; another organisation's person or team answers 404.
 */
package org.clockwise.web.admin;
