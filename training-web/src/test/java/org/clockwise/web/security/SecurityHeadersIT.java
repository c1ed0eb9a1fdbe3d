package org.clockwise.web.security;

import org.clockwise.web.testing.Browser;
import org.clockwise.web.testing.TestServer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecurityHeadersIT {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/no-such-page", "/static/css/app.css"})
    void everyResponseCarriesAStrictPolicy(String path) {
        TestServer.get();
        Browser.Page page = new Browser().get(path);

        String csp = page.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains("base-uri 'none'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void aTemplateErrorAnswers500InsteadOfHanging() {
        TestServer.get();
        Browser.Page page = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new Browser().get("/test-probe/broken"));
        assertEquals(500, page.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/no-such-page"})
    void pagesHaveNoInlineScript(String path) {
        TestServer.get();
        Browser.Page page = new Browser().get(path);
        assertTrue(page.html().select("script:not([src])").isEmpty());
        assertTrue(page.html().select("[style]").isEmpty(), "inline styles would be blocked by the policy");
    }
}
