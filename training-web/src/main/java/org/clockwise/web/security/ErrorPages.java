package org.clockwise.web.security;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import org.clockwise.web.render.TemplateVariables;
import org.clockwise.web.render.UiText;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders the error page outside a controller (filters and exception handlers): HTML for browsers,
 * JSON ({@code status}, {@code error}, {@code message}) for a client that asks for JSON and not HTML.
 */
@Singleton
public class ErrorPages {

    /**
     * Request attribute set when the database cannot serve this request (issue 13, faults): its
     * error page is rendered without asking the database anything (such as the person's language),
     * which would only wait for a connection again.
     */
    public static final String DATABASE_AWAY = "clockwise.databaseAway";

    /** Request attribute holding the error page made for this request, if any. */
    private static final String MADE = "clockwise.errorPage";

    /**
     * The error page's model: the status, its English reason phrase and why, in the page's language.
     * Not {@code title}: the layout's fragment parameter of that name would shadow it (issue 13).
     */
    record ErrorPage(int status, String reason, UiText message) {
    }

    private final ViewsRenderer<Object, HttpRequest<?>> renderer;
    private final CsrfTokens csrf;

    ErrorPages(ViewsRenderer<Object, HttpRequest<?>> renderer, CsrfTokens csrf) {
        this.renderer = renderer;
        this.csrf = csrf;
    }

    /**
     * The error page with this status, explaining why in the viewer's language.
     *
     * @param key  a key of {@code i18n/messages*.properties}, usually {@code error.*}
     * @param args its arguments
     */
    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String key, Object... args) {
        MutableHttpResponse<?> response = wantsJson(request) ? json(status, key, args) : html(request, status, key, args);
        request.setAttribute(MADE, response);
        return response;
    }

    /**
     * A form page refused outside a controller ({@link RefusedForm}), with the CSRF token its form
     * carries, as a controller's page would have it.
     */
    public MutableHttpResponse<?> form(HttpRequest<?> request, HttpStatus status, String view, Record page) {
        Map<String, Object> model = TemplateVariables.of(page);
        model.put("csrfField", CsrfTokens.FIELD);
        model.put("csrfToken", csrf.tokenForRequest(request));
        MutableHttpResponse<?> response = render(request, status, view, model);
        request.setAttribute(MADE, response);
        return response;
    }

    private MutableHttpResponse<?> html(HttpRequest<?> request, HttpStatus status, String key, Object... args) {
        return render(request, status, "errors/error", new ErrorPage(status.getCode(), status.getReason(), UiText.of(key, args)));
    }

    private MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String view, Object model) {
        Writable writable = renderer.render(view, model, request);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8").body(out.toString());
    }

    private static MutableHttpResponse<?> json(HttpStatus status, String key, Object... args) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.getCode());
        body.put("error", status.getReason());
        body.put("message", english(key, args));
        return HttpResponse.status(status).contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    /** JSON clients read English: the base messages file, as the plan tables' downloads do. */
    private static String english(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/messages", Locale.ROOT, ErrorPages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(key)) {
            return key; // a controller's own sentence rather than a key
        }
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
    }

    /** A client that names a JSON type and not HTML (browsers name text/html; curl sends any type and gets HTML). */
    static boolean wantsJson(HttpRequest<?> request) {
        boolean json = false;
        for (MediaType type : request.accept()) {
            if (type.getName().equals(MediaType.TEXT_HTML)) {
                return false;
            }
            json |= type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        }
        return json;
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
