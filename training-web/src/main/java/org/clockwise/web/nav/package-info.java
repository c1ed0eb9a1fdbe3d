/**
 * Getting around: the one navigation every page shows for the signed-in person's roles (learning,
 * authoring, team, admin) with the current page marked, and each role's main page, where home sends
 * a signed-in person.
 */
package org.clockwise.web.nav;
