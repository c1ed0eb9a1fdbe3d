package org.clockwise.core.mail;

import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.MultipartBody;
import io.micronaut.email.javamail.composer.DefaultMessageComposer;
import io.micronaut.email.javamail.sender.JavaxEmailComposer;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns an outbox row into a MIME message with micronaut-email's composer: multipart/alternative,
 * plain text first and HTML second (both UTF-8), plus the row's extra headers.
 */
final class MimeMails {

    private final JavaxEmailComposer composer;
    private final String from;

    MimeMails(SessionProvider sessions, String from) {
        this.composer = new JavaxEmailComposer(sessions, new DefaultMessageComposer());
        this.from = from;
    }

    static Email email(OutboxStore.Claimed mail, String from) {
        return Email.builder()
                .from(from)
                .to(mail.to())
                .subject(mail.subject())
                .body(new MultipartBody(mail.html(), mail.text()))
                .build();
    }

    /** Sets the row's extra headers on the composed message. */
    static Consumer<Message> headers(Map<String, String> headers) {
        return message -> {
            try {
                for (Map.Entry<String, String> h : headers.entrySet()) {
                    message.setHeader(h.getKey(), h.getValue());
                }
            } catch (MessagingException e) {
                throw new IllegalArgumentException("bad mail header: " + e.getMessage(), e);
            }
        };
    }

    Message compose(OutboxStore.Claimed mail) throws EmailException {
        return composer.compose(email(mail, from), headers(mail.headers()));
    }

    JavaxEmailComposer composer() {
        return composer;
    }
}
