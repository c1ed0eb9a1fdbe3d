package org.clockwise.core.people;

/**
 * Published (synchronously, inside the transaction that added the person) when an admin or a
 * roster import adds someone, so their invitation is created and sent with the same commit.
 *
 * @param orgId    the organisation
 * @param userId   the new person
 * @param byUserId the admin who added them, or {@code null} for a command-line import
 */
public record PersonAdded(long orgId, long userId, Long byUserId) {
}
