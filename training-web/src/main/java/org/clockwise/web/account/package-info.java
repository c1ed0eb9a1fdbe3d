/**
 * The pages behind the links in invitation and reset emails (set a password, then signed in), the
 * "Forgot password?" form, and an admin's "resend invitation".
 */
package org.clockwise.web.account;
