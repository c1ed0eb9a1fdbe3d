package org.clockwise.core.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code clockwise.mail.*}: where email goes. With no SMTP host (the embedded default) every email
 * is written as an {@code .eml} file under {@code TRAINING_DATA_DIR/mail/outbox/} instead.
 *
 * @param smtpHost     {@code SMTP_HOST}; empty means "write files"
 * @param smtpPort     {@code SMTP_PORT}, 587 by default; STARTTLS is used whenever the server offers it
 * @param smtpUsername {@code SMTP_USERNAME}, when the server wants a sign-in
 * @param smtpPassword {@code SMTP_PASSWORD}
 * @param from         {@code SMTP_FROM}, the sender address ({@code Name <address>} works too)
 */
@Context
@ConfigurationProperties("clockwise.mail")
public record MailSettings(
        @Nullable String smtpHost,
        @Bindable(defaultValue = "587")
        @Min(value = 1, message = "must be a port between 1 and 65535, was {validatedValue}")
        @Max(value = 65535, message = "must be a port between 1 and 65535, was {validatedValue}")
        int smtpPort,
        @Nullable String smtpUsername,
        @Nullable String smtpPassword,
        @Bindable(defaultValue = "Clockwise <clockwise@localhost>")
        @NotBlank(message = "must name the sender address")
        String from) {

    /** Whether mail goes to an SMTP server (else to files). */
    public boolean smtp() {
        return smtpHost != null && !smtpHost.isBlank();
    }
}
