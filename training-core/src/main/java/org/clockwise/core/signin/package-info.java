/**
 * Sign-in: bcrypt password checks, the throttle that slows down guessing per account (known and unknown addresses alike) and per client address, claiming a slot under a row lock before bcrypt runs on its own bounded pool, and server-side sessions that a sign-out really ends.
 */
package org.clockwise.core.signin;
