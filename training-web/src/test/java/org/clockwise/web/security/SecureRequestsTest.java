package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import org.clockwise.core.mail.SiteSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void trustedProxiesAreAddressesOrCidrBlocksNeverNames() {
        assertEquals(4, SecureRequests.block("10.1.0.0/16")[0].length);
        assertEquals(16, SecureRequests.block("::1")[0].length);
        assertThrows(IllegalArgumentException.class, () -> SecureRequests.block("proxy.example.com"));
        assertThrows(IllegalArgumentException.class, () -> SecureRequests.block("10.0.0.0/40"));
    }
}
