/**
 * Reminder emails: each working day at the rep's chosen local time one short nudge with today's
 * lesson, reviews and streak ({@link org.clockwise.core.nudge.NudgePolicy} says when), a weekly
 * digest for managers on Monday morning, and the signed unsubscribe link that works without
 * signing in. Every email goes through the mail outbox with a dedupe key, so however many
 * instances schedule, a person gets one per day (or week).
 */
package org.clockwise.core.nudge;
