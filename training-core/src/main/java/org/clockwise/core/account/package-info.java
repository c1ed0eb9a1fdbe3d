/**
 * Accounts: invitations for new people, password resets and the first admin of an empty database.
 * Both links are single-use tokens of 256 random bits kept only as SHA-256 hashes (an invitation
 * lasts 7 days, a reset 1 hour); the emails go through the mail outbox in the same transaction.
 */
package org.clockwise.core.account;
