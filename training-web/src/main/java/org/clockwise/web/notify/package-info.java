/**
 * Reminder emails from the person's side: the notification settings page (nudges on or off, the
 * hour) and the unsubscribe link of every nudge and digest, which works without signing in, from
 * a browser (a confirm page) or from a mail client's one-click POST (RFC 8058).
 */
package org.clockwise.web.notify;
