/**
 * Sign-in: bcrypt password checks, the throttle that slows down guessing per account (known and
 * unknown addresses alike) and per client address, claiming a slot under a row lock before bcrypt
 * runs on its own bounded pool, and server-side sessions that a sign-out really ends. Every
 * request's session is checked against the database ({@code SessionCheck}): open, not idle, its
 * person active, with the person's current roles; each instance trusts a positive check for a few
 * seconds at most.
 */
package org.clockwise.core.signin;
