/**
 * Web security that every route relies on: CSRF tokens and the filter that enforces them, security headers, session validation of the JWT cookie, the signed-in user for pages, readable error pages (the app's own for every framework error too), the one filter that refuses badly encoded input, and Secure cookies over HTTPS, including behind a trusted TLS proxy.
 */
package org.clockwise.web.security;
