package org.clockwise.core.mail;

/** Hands one email over: to an SMTP server, or into a file. */
interface MailDelivery {

    /**
     * Delivers the mail or throws; on success returns where it went (a file, or the server) for the log.
     */
    String deliver(OutboxStore.Claimed mail) throws Exception;
}
