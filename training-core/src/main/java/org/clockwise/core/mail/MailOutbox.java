package org.clockwise.core.mail;

/**
 * Where mail goes first: {@link #enqueue} stores it in the caller's transaction, so it is sent if
 * and only if that transaction commits.
 */
public interface MailOutbox {

    /**
     * Stores the mail for delivery.
     *
     * @return false when a mail with the same {@link Mail#dedupeKey} was enqueued before (nothing stored)
     */
    boolean enqueue(Mail mail);
}
