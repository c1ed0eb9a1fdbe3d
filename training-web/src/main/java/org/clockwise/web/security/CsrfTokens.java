package org.clockwise.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
    private final SecretKeySpec key;

    public CsrfTokens(@Value("${clockwise.signing-secret}") String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String newCookieValue() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String tokenFor(String cookieValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] sig = mac.doFinal(("csrf:" + cookieValue).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    public boolean isValid(String cookieValue, String token) {
        if (cookieValue == null || cookieValue.isEmpty() || token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(cookieValue).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
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
