package org.clockwise.core.people;

/**
 * Published after an admin or an HR roster import deactivates someone, so every part that trusts a recent session check
 * forgets it: their sessions end at once, not ten seconds later.
 *
 * @param orgId  the organisation
 * @param userId the deactivated person
 */
public record PersonDeactivated(long orgId, long userId) {
}
