package org.clockwise.web.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;

/**
 * {@code clockwise.security.trusted-proxies}: the addresses of the reverse proxies (load balancer,
 * TLS terminator) whose {@code X-Forwarded-*} headers are believed. Empty by default: then no
 * forwarded header is believed, because any client can send one.
 *
 * <p>Issue 13, item 7. The sign-in throttling (core.signin) reads the same setting name for
 * {@code X-Forwarded-For}; when both land, one record should hold it.
 *
 * @param trustedProxies IP addresses or CIDR blocks, e.g. {@code 10.0.0.5, 10.1.0.0/16}
 */
@Context
@ConfigurationProperties("clockwise.security")
public record ProxySettings(
        @Bindable(defaultValue = "")
        @NotNull
        List<@Pattern(regexp = "\\s*[0-9A-Fa-f:.\\[\\]]*(/\\d{1,3})?\\s*", message = "must be IP addresses or CIDR blocks, was {validatedValue}") String> trustedProxies) {

    public ProxySettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
