/**
 * Email: every message is written to a durable outbox in the transaction that decided to send it
 * ({@link org.clockwise.core.mail.MailOutbox#enqueue}), then delivered by a sender that claims due
 * rows, retries with backoff, and never sends a row twice however many instances run. With no SMTP
 * server configured, mail is written as {@code .eml} files under the data folder instead.
 */
package org.clockwise.core.mail;
