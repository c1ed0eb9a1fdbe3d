package org.clockwise.web.security;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders the error page outside a controller (filters and exception handlers). */
@Singleton
public class ErrorPages {

    /** The error page's model. */
    record ErrorPage(int status, String title, String message) {
    }

    private final ViewsRenderer<Object, HttpRequest<?>> renderer;

    ErrorPages(ViewsRenderer<Object, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String message) {
        Writable writable = renderer.render("errors/error", new ErrorPage(status.getCode(), status.getReason(), message), request);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8").body(out.toString());
    }
}
