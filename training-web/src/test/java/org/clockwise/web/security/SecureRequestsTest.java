package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import org.clockwise.core.mail.SiteSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureRequestsTest {

    @Test
    void anHttpsBaseUrlMakesEveryRequestSecure() {
        SecureRequests secure = new SecureRequests(new ProxySettings(List.of()), new SiteSettings("https://training.example.com"));
        assertTrue(secure.isSecure(HttpRequest.GET("/login")));
    }

    @Test
    void anHttpBaseUrlAndNoTrustedProxyIgnoreForwardedHeaders() {
        SecureRequests secure = new SecureRequests(new ProxySettings(List.of()), new SiteSettings("http://localhost:8080"));
        assertFalse(secure.isSecure(HttpRequest.GET("/login").header("X-Forwarded-Proto", "https")));
        assertFalse(secure.isSecure(HttpRequest.GET("/login").header("Forwarded", "proto=https")));
    }
}
