/**
 * Sign-in: bcrypt password checks, the per-address throttle that slows down guessing (known and unknown addresses alike), and server-side sessions that a sign-out really ends. Every request's session is checked against the database ({@code SessionCheck}): open, not idle, its person active, with the person's current roles; each instance trusts a positive check for a few seconds at most.
 */
package org.clockwise.core.signin;
