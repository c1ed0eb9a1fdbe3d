package org.clockwise.web.security;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import org.clockwise.web.render.UiText;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Renders the error page outside a controller (filters and exception handlers). */
@Singleton
public class ErrorPages {

    /** Request attribute holding the error page made for this request, if any. */
    private static final String MADE = "clockwise.errorPage";

    /** The error page's model: the status, its English reason phrase and why, in the page's language. */
    record ErrorPage(int status, String title, UiText message) {
    }

    private final ViewsRenderer<Object, HttpRequest<?>> renderer;

    ErrorPages(ViewsRenderer<Object, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    /**
     * The error page with this status, explaining why in the viewer's language.
     *
     * @param key  a key of {@code i18n/messages*.properties}, usually {@code error.*}
     * @param args its arguments
     */
    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String key, Object... args) {
        Writable writable = renderer.render("errors/error", new ErrorPage(status.getCode(), status.getReason(), UiText.of(key, args)),
                request);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MutableHttpResponse<?> response = HttpResponse.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8").body(out.toString());
        request.setAttribute(MADE, response);
        return response;
    }

    /**
     * The error page a controller already made for this request. Micronaut hands every 4xx answer
     * of a controller to the status's {@code @Error} route, which would otherwise replace a
     * specific explanation ("There is no module …") with a general one.
     */
    Optional<MutableHttpResponse<?>> made(HttpRequest<?> request, HttpStatus status) {
        return request.getAttribute(MADE).filter(MutableHttpResponse.class::isInstance)
                .<MutableHttpResponse<?>>map(MutableHttpResponse.class::cast)
                .filter(response -> response.code() == status.getCode());
    }
}
