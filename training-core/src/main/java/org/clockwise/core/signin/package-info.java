/**
 * Sign-in: bcrypt password checks, the per-address throttle that slows down guessing (known and unknown addresses alike), and server-side sessions that a sign-out really ends.
 */
package org.clockwise.core.signin;
