package org.clockwise.core.people;

/**
 * Published after an admin edits someone (their roles may have changed), so every part that
 * trusts a recent session check forgets that person's: the change counts from their next request.
 */
public record RolesChanged(long orgId, long userId) {
}
