package org.clockwise.core.people;

/**
 * Published after an admin edits someone or an HR roster import changes their roles, so every part that
 * trusts a recent session check forgets that person's: the change counts from their next request.
 */
public record RolesChanged(long orgId, long userId) {
}
