package org.clockwise.web.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.WebContext;
import jakarta.inject.Singleton;
import org.clockwise.web.render.TemplateVariables;
import org.thymeleaf.TemplateEngine;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders the dashboard's sections that every viewer of one drawn dashboard sees alike (overview,
 * coaching list, the assign form's lists, assigned modules, heatmap, charts, coverage, culture)
 * through the page's own Thymeleaf fragments ({@code team/_sections}), so escaping and messages
 * stay Thymeleaf's. The result is kept per language with the {@link DashboardDrawings.Drawn} it
 * was rendered from, so a view of an unchanged dashboard renders only the layout, the form's
 * token and its notices (issue 13: the sections were most of every view's CPU and allocation).
 */
@Singleton
class DashboardSections {

    /** The sections as HTML, inserted raw by {@code team/dashboard}. */
    record Html(String top, String who, String picker, String assigned, String rest) {
    }

    private static final String TEMPLATE = "team/_sections";

    private final TemplateEngine engine;
    private final HttpLocaleResolver locales;
    private final AtomicLong rendered = new AtomicLong();

    DashboardSections(TemplateEngine engine, HttpLocaleResolver locales) {
        this.engine = engine;
        this.locales = locales;
    }

    /**
     * The sections of {@code page} in the request's language: kept with {@code drawn} when the
     * page shows no refused form; a refused form's lists are rendered afresh with what was typed.
     */
    Html of(HttpRequest<?> request, DashboardDrawings.Drawn drawn, DashboardPage page) {
        Locale locale = request == null ? Locale.getDefault() : locales.resolveOrDefault(request);
        Html kept = drawn.sections().computeIfAbsent(locale, l -> render(request, l, page.withTyped(null)));
        if (page.typed() == null) {
            return kept;
        }
        WebContext context = new WebContext(request, locale, TemplateVariables.of(page));
        return new Html(kept.top(), fragment("who", context), fragment("picker", context), kept.assigned(), kept.rest());
    }

    private Html render(HttpRequest<?> request, Locale locale, DashboardPage page) {
        rendered.incrementAndGet();
        WebContext context = new WebContext(request, locale, TemplateVariables.of(page));
        return new Html(fragment("top", context), fragment("who", context), fragment("picker", context),
                fragment("assigned", context), fragment("rest", context));
    }

    /** How many times the kept sections were rendered, for tests. */
    long rendered() {
        return rendered.get();
    }

    private String fragment(String name, WebContext context) {
        return engine.process(TEMPLATE, Set.of(name), context);
    }
}
