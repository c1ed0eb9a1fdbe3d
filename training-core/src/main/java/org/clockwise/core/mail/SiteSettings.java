package org.clockwise.core.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Pattern;

/**
 * {@code clockwise.site.*}: where people reach this server, for the links in emails.
 *
 * @param baseUrl {@code TRAINING_BASE_URL}, by default {@code http://localhost:PORT}; no trailing slash
 */
@Context
@ConfigurationProperties("clockwise.site")
public record SiteSettings(
        @Bindable(defaultValue = "http://localhost:8080")
        @Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*[^\\s/?#])?", message = "must be an http(s) URL without a trailing slash, was {validatedValue}")
        String baseUrl) {

    /** An absolute link to a path of this site ({@code path} starts with a slash). */
    public String link(String path) {
        return baseUrl + path;
    }
}
