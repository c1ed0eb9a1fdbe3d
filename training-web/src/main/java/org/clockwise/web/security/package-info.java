/**
 * Web security that every route relies on: CSRF tokens and the filter that enforces them, security headers, session validation of the JWT cookie, the signed-in user for pages, and readable error pages.
 */
package org.clockwise.web.security;
