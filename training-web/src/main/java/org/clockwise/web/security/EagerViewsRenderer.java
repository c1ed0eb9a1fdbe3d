package org.clockwise.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.exceptions.ViewRenderingException;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.clockwise.web.render.RecordPropertyAccessor;
import org.clockwise.web.render.TemplateVariables;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a page completely before the response starts. Thymeleaf otherwise renders while the
 * response is being written, and a template error then leaves the browser hanging instead of
 * getting an error page (micronaut-views issue 832). Pages are small, so buffering costs little.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class EagerViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    private final PageSizes sizes = new PageSizes();
    private final RenderedPages pages;

    EagerViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                       ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver,
                       RenderedPages pages) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
        this.pages = pages;
        RecordPropertyAccessor.install();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Writable render(String viewName, @Nullable T data, @Nullable HttpRequest<?> request) {
        // A page record rendered outside a controller (ErrorPages) has not been through
        // PageModelProcessor: its components are the variables all the same.
        T model = data instanceof Record ? (T) TemplateVariables.of(data) : data;
        // Issue 13, "Speed": a page rendered before from equal inputs is served again (RenderedPages).
        RenderedPages.Place place = request != null && model instanceof Map<?, ?> map
                ? RenderedPages.place(viewName, (Map<String, Object>) map) : null;
        Locale locale = place == null ? null : httpLocaleResolver.resolveOrDefault(request);
        if (place != null) {
            KeptPage kept = pages.find(place, locale, (Map<String, Object>) model);
            if (kept != null) {
                return kept;
            }
        }
        // Issue 13, Today page speed: an unsynchronised writer (StringWriter locks a StringBuffer
        // on every write), sized from the last rendering of the same view so it rarely grows.
        PageBuffer page = new PageBuffer(sizes.expected(viewName));
        try {
            super.render(viewName, model, request).writeTo(page);
        } catch (IOException e) {
            throw new ViewRenderingException("Error rendering view [" + viewName + "]: " + e.getMessage(), e);
        }
        sizes.rendered(viewName, page.length());
        if (place == null) {
            return page;
        }
        KeptPage rendered = new KeptPage(page.toString().getBytes(StandardCharsets.UTF_8));
        pages.keep(place, locale, (Map<String, Object>) model, rendered);
        return rendered;
    }
}
