package org.clockwise.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.List;
import java.util.Locale;

/**
 * Marks every cookie {@code Secure} when the browser came over HTTPS ({@link SecureRequests}):
 * the session, the CSRF cookie and the small ones of quizzes and plans alike, so no code that
 * sets a cookie has to remember it, and Micronaut's own check ({@code request.isSecure()}, false
 * behind a TLS-terminating proxy) does not decide.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecureCookiesFilter implements Ordered {

    private final SecureRequests secure;

    SecureCookiesFilter(SecureRequests secure) {
        this.secure = secure;
    }

    @ResponseFilter
    void markSecure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        List<String> cookies = response.getHeaders().getAll(HttpHeaders.SET_COOKIE);
        if (cookies.isEmpty() || !secure.isSecure(request)) {
            return;
        }
        List<String> marked = cookies.stream()
                .map(c -> c.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?") ? c : c + "; Secure")
                .toList();
        response.getHeaders().remove(HttpHeaders.SET_COOKIE);
        marked.forEach(c -> response.getHeaders().add(HttpHeaders.SET_COOKIE, c));
    }

    @Override
    public int getOrder() {
        // First in, so last out: the response part sees the cookies every later filter added.
        return HIGHEST_PRECEDENCE;
    }
}
