package org.clockwise.web.security;

import org.clockwise.core.people.Role;
import org.clockwise.core.people.User;
import org.clockwise.core.testing.Fixtures;
import org.clockwise.web.testing.RawHttp;
import org.clockwise.web.testing.SecondServer;
import org.clockwise.web.testing.ServerTest;
import org.clockwise.web.testing.TestServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecureCookiesIT extends ServerTest {

    private static final String[] FORWARDED_HTTPS = {"X-Forwarded-Proto", "https"};

    @Test
    void behindATrustedProxyEveryCookieIsSecure() {
        User rep = Fixtures.aUser(org, Role.REP);
        try (SecondServer behindProxy = new SecondServer(Map.of("clockwise.security.trusted-proxies", List.of("127.0.0.1", "::1")))) {
            List<String> cookies = signIn(behindProxy.url(), rep, FORWARDED_HTTPS);

            assertTrue(cookies.stream().anyMatch(c -> c.startsWith("CLOCKWISE_SESSION=")), cookies.toString());
            assertTrue(cookies.stream().anyMatch(c -> c.startsWith(CsrfTokens.COOKIE + "=")), cookies.toString());
            assertTrue(cookies.stream().anyMatch(c -> c.startsWith("cw_w=")), "the write mark of the sign-in post: " + cookies);
            cookies.forEach(c -> assertTrue(c.toLowerCase().contains("; secure"), c));

            List<String> plain = signIn(behindProxy.url(), rep);
            plain.forEach(c -> assertFalse(c.toLowerCase().contains("secure"), "plain http through the proxy: " + c));
        }
    }

    @Test
    void aForwardedHeaderFromAnUntrustedClientIsIgnored() {
        User rep = Fixtures.aUser(org, Role.REP);
        List<String> cookies = signIn(TestServer.url(""), rep, FORWARDED_HTTPS);

        assertFalse(cookies.isEmpty());
        cookies.forEach(c -> assertFalse(c.toLowerCase().contains("secure"), c));
    }

    /** Every Set-Cookie of the sign-in page and the sign-in itself. */
    private static List<String> signIn(String base, User rep, String... headers) {
        HttpResponse<String> form = RawHttp.sendTo(base, "GET", "/login", "text/html", null, null, headers);
        List<String> cookies = new java.util.ArrayList<>(form.headers().allValues("Set-Cookie"));
        String csrfCookie = cookies.stream().filter(c -> c.startsWith(CsrfTokens.COOKIE + "=")).findFirst().orElseThrow();
        String token = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").attr("value");
        String[] withCookie = java.util.stream.Stream.concat(java.util.Arrays.stream(headers),
                java.util.stream.Stream.of("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))).toArray(String[]::new);
        HttpResponse<String> signedIn = RawHttp.sendTo(base, "POST", "/login", "text/html", "application/x-www-form-urlencoded",
                "_csrf=" + enc(token) + "&email=" + enc(rep.email()) + "&password=" + enc(Fixtures.PASSWORD), withCookie);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
        return cookies;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
