package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import org.clockwise.core.mail.SiteSettings;
import org.clockwise.core.signin.SecuritySettings;
import org.clockwise.core.signin.TrustedProxies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureRequestsTest {

    @Test
    void anHttpsBaseUrlMakesEveryRequestSecure() {
        SecureRequests secure = new SecureRequests(new SecuritySettings(12), new SiteSettings("https://training.example.com"));
        assertTrue(secure.isSecure(HttpRequest.GET("/login")));
    }

    @Test
    void anHttpBaseUrlAndNoTrustedProxyIgnoreForwardedHeaders() {
        SecureRequests secure = new SecureRequests(new SecuritySettings(12), new SiteSettings("http://localhost:8080"));
        assertFalse(secure.isSecure(HttpRequest.GET("/login").header("X-Forwarded-Proto", "https")));
        assertFalse(secure.isSecure(HttpRequest.GET("/login").header("Forwarded", "proto=https")));
    }

    @Test
    void trustedProxiesAreAddressesOrCidrBlocksNeverNames() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.1.0.0/16", "::1"));
        assertTrue(proxies.trusts("10.1.200.3"));
        assertFalse(proxies.trusts("10.2.0.1"));
        assertTrue(proxies.trusts("0:0:0:0:0:0:0:1"));
        assertFalse(proxies.trusts("proxy.example.com"), "names are never looked up");
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("proxy.example.com")));
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/40")));
    }
}
