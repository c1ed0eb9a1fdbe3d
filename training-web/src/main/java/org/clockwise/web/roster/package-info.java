/**
 * The HR roster in the browser (role ADMIN): upload a CSV file, see what it would change (or every
 * problem with its line), then apply exactly what was previewed.
 */
package org.clockwise.web.roster;
