package org.clockwise.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import org.clockwise.core.db.Signatures;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed double-submit CSRF tokens: the browser holds a random value in an HttpOnly cookie, and
 * every form carries an HMAC of that value under the server's secret. A forged cross-site
 * request has neither; a cookie planted by a sibling domain still lacks the signature.
 */
@Singleton
public class CsrfTokens {

    public static final String COOKIE = "CLOCKWISE_CSRF";
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    /** Request attribute with the cookie value that this response's forms are signed for. */
    static final String ATTRIBUTE = "clockwise.csrf.cookie";
    static final String NEW_ATTRIBUTE = "clockwise.csrf.new";

    private final SecureRandom random = new SecureRandom();
    private final Signatures signatures;

    public CsrfTokens(Signatures signatures) {
        this.signatures = signatures;
    }

    public String newCookieValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String tokenFor(String cookieValue) {
        return signatures.sign("csrf:" + cookieValue);
    }

    public boolean isValid(String cookieValue, String token) {
        return cookieValue != null && !cookieValue.isEmpty() && signatures.verify("csrf:" + cookieValue, token);
    }

    /** The token forms on this response must carry (the cookie is set by {@link CsrfFilter} if new). */
    public String tokenForRequest(HttpRequest<?> request) {
        String cookieValue = request.getAttribute(ATTRIBUTE, String.class)
                .or(() -> cookieValue(request))
                .orElseGet(() -> {
                    String fresh = newCookieValue();
                    request.setAttribute(ATTRIBUTE, fresh);
                    request.setAttribute(NEW_ATTRIBUTE, true);
                    return fresh;
                });
        return tokenFor(cookieValue);
    }

    /** Replaces the browser's value, e.g. when a session starts or ends. */
    public void rotate(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, newCookieValue());
        request.setAttribute(NEW_ATTRIBUTE, true);
    }

    static Optional<String> cookieValue(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    Cookie cookie(String value, boolean secure) {
        return Cookie.of(COOKIE, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure);
    }
}
