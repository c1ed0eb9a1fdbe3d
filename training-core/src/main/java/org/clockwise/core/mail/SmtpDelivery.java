package org.clockwise.core.mail;

import io.micronaut.email.javamail.sender.JavaxEmailSender;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;
import java.util.concurrent.ForkJoinPool;

/** Sends through the SMTP server in {@code SMTP_HOST} with micronaut-email-javamail; STARTTLS when offered. */
final class SmtpDelivery implements MailDelivery {

    private final JavaxEmailSender sender;
    private final MailSettings settings;

    SmtpDelivery(MailSettings settings) {
        this.settings = settings;
        Session session = session(settings);
        MimeMails mails = new MimeMails(() -> session, settings.from());
        // Only the synchronous send is used; the pool serves micronaut-email's async variant.
        this.sender = new JavaxEmailSender(ForkJoinPool.commonPool(), mails.composer());
    }

    static Session session(MailSettings settings) {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", settings.smtpHost().trim());
        props.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.writetimeout", "30000");
        if (settings.smtpPort() == 465) {
            props.put("mail.smtp.ssl.enable", "true"); // port 465 speaks TLS from the first byte
        }
        boolean auth = settings.smtpUsername() != null && !settings.smtpUsername().isBlank();
        if (!auth) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        String user = settings.smtpUsername();
        String password = settings.smtpPassword() == null ? "" : settings.smtpPassword();
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    @Override
    public String deliver(OutboxStore.Claimed mail) {
        sender.send(MimeMails.email(mail, settings.from()), MimeMails.headers(mail.headers()));
        return "smtp://" + settings.smtpHost().trim() + ":" + settings.smtpPort();
    }
}
