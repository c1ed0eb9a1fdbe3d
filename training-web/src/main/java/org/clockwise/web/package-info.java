/**
 * The server's entry point: chooses the database, the signing secret and demo mode, then starts Micronaut and logs where to point the browser.
 */
package org.clockwise.web;
