/**
 * Commands of the server's jar for operators: importing the HR roster and creating the first admin
 * of an empty database, run against the same database settings as the server.
 */
package org.clockwise.web.cli;
