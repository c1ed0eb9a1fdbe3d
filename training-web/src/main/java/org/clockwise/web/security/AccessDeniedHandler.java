package org.clockwise.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Denied requests: a browser that is not signed in goes to the sign-in page; everything else
 * gets the real status, 401 or 403, with a readable page.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorPages errorPages;

    AccessDeniedHandler(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return errorPages.page(request, HttpStatus.FORBIDDEN, "error.notForYou");
        }
        if (wantsHtml(request) && request.getMethod().name().equals("GET")) {
            // Back to the page asked for after signing in (a nudge's link to Today, for example).
            String wanted = request.getPath() + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
            return HttpResponse.seeOther(URI.create(wanted.equals("/") ? "/login"
                    : "/login?next=" + URLEncoder.encode(LocalPaths.orHome(wanted), StandardCharsets.UTF_8)));
        }
        return errorPages.page(request, HttpStatus.UNAUTHORIZED, "error.signIn");
    }

    private static boolean wantsHtml(HttpRequest<?> request) {
        // Browsers name text/html explicitly; API clients and curl send */* or a JSON type.
        return request.accept().stream().anyMatch(type -> type.getName().equals(MediaType.TEXT_HTML));
    }
}
