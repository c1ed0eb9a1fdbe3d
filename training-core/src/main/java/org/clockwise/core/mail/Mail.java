package org.clockwise.core.mail;

import java.util.Map;
import java.util.Objects;

/**
 * One email to send: plain text and HTML (the HTML already escaped by whoever built it), extra
 * headers such as {@code List-Unsubscribe}, and an optional key that makes a second enqueue of the
 * same mail a no-op (for example {@code nudge:42:2026-11-30}).
 *
 * @param orgId     the organisation it is sent for, or {@code null}
 * @param to        recipient address
 * @param subject   subject line
 * @param text      plain-text body
 * @param html      HTML body
 * @param headers   extra headers, name to value
 * @param dedupeKey at most one mail per key is ever enqueued; {@code null} for none
 */
public record Mail(Long orgId, String to, String subject, String text, String html, Map<String, String> headers, String dedupeKey) {

    /** Checks the required parts and copies the headers. */
    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
