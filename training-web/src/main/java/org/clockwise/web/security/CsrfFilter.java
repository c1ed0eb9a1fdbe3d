package org.clockwise.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses every state-changing request (POST, PUT, PATCH, DELETE; sign-in included) that does
 * not carry a valid CSRF token with 403, before any controller runs; and hands each browser its
 * CSRF cookie.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    private static final Pattern ONE_CLICK_UNSUBSCRIBE = Pattern.compile("/unsubscribe/[A-Za-z0-9._-]{1,200}");
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodyParser;
    private final ErrorPages errorPages;
    private final SecureRequests secure;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodyParser, ErrorPages errorPages, SecureRequests secure) {
        this.tokens = tokens;
        this.bodyParser = bodyParser;
        this.errorPages = errorPages;
        this.secure = secure;
    }

    @RequestFilter
    Publisher<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request) {
        if (!STATE_CHANGING.contains(request.getMethod()) || isOneClickUnsubscribe(request)) {
            return Mono.just(Optional.empty());
        }
        String cookie = CsrfTokens.cookieValue(request).orElse(null);
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return Mono.just(verdict(request, cookie, header));
        }
        MediaType type = request.getContentType().orElse(null);
        if (type != null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            // Uploads: the body is streamed to the controller, so the form's action URL carries the token.
            return Mono.just(verdict(request, cookie, request.getParameters().get(CsrfTokens.FIELD)));
        }
        if (type == null || !type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return Mono.just(Optional.of(refuse(request)));
        }
        return Mono.fromFuture(bodyParser.parseBody(request))
                .map(body -> verdict(request, cookie, field(body)))
                .switchIfEmpty(Mono.fromSupplier(() -> Optional.of(refuse(request)))); // rendered only when refused
    }

    /**
     * RFC 8058: a mail client unsubscribes with one POST to the link in {@code List-Unsubscribe},
     * with no cookie, session or CSRF token. Exempt exactly that route: the signed token in the
     * path is the proof, and all it can do is turn its own person's reminder emails off.
     */
    private static boolean isOneClickUnsubscribe(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST && ONE_CLICK_UNSUBSCRIBE.matcher(request.getPath()).matches();
    }

    @ResponseFilter
    void setCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(CsrfTokens.NEW_ATTRIBUTE, Boolean.class).orElse(false)) {
            request.getAttribute(CsrfTokens.ATTRIBUTE, String.class)
                    .ifPresent(value -> response.cookie(tokens.cookie(value, secure.isSecure(request))));
        }
    }

    private Optional<MutableHttpResponse<?>> verdict(HttpRequest<?> request, String cookie, String token) {
        return tokens.isValid(cookie, token) ? Optional.empty() : Optional.of(refuse(request));
    }

    private static String field(Map<String, Object> body) {
        Object value = body.get(CsrfTokens.FIELD);
        return value instanceof String s ? s : null;
    }

    private MutableHttpResponse<?> refuse(HttpRequest<?> request) {
        MutableHttpResponse<?> response = errorPages.page(request, HttpStatus.FORBIDDEN, "error.formExpired");
        if (CsrfTokens.cookieValue(request).isEmpty()) {
            // Without a cookie no token can ever match: hand one out so a reload works.
            response.cookie(tokens.cookie(tokens.newCookieValue(), secure.isSecure(request)));
        }
        return response;
    }

    @Override
    public int getOrder() {
        // Before authentication and routing: a forged request never reaches a controller.
        return ServerFilterPhase.SECURITY.before();
    }
}
