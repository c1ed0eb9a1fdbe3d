package org.clockwise.web.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.thymeleaf.WebContext;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;

import org.clockwise.core.BoundedMap;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The teams overview's table of one page, as HTML (issue 13, "Speed": rendering its 50 rows was most
 * of a view's time, and the same rows come back view after view while the figures are at most a
 * minute old). It is rendered by Thymeleaf itself from {@code team/_teams}, so escaping, messages and
 * links are exactly those of the page when it rendered the table inline, and kept by what it was made
 * of: the language and the page's rows, compared whole (every team's name, parent, managers, figures
 * and the texts made from them). A renamed team, a new manager, new figures or another language is
 * another key, so a kept table is never served for anything but the exact rows it shows.
 *
 * <p>Why {@code th:utext} of it is safe: the string is made here, on the server, only by Thymeleaf
 * rendering our own template, which escapes every value from the database as {@code th:text} does;
 * no part of a request reaches it except through that escaping (the language only picks messages).
 */
@Singleton
class TeamsTable {

    /** What a table is made of. Its rows are records, so equal keys render equal HTML. */
    private record Key(Locale locale, List<TeamsOverviewController.TeamLine> rows) {
    }

    /** Tables kept: a language's pages of an admin's organisation and of many managers' teams (about 41 KB each). */
    static final int MAX = 128;

    private static final String TEMPLATE = "team/_teams";
    private static final Set<String> TABLE = Set.of("table");

    private final TemplateEngine engine;
    private final BoundedMap<Key, String> kept = new BoundedMap<>(MAX); // languages come from request headers, and old figures are never asked again
    private final AtomicLong rendered = new AtomicLong();

    TeamsTable(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The table of {@code rows} in {@code locale}, rendered once per language and exact rows. */
    String of(HttpRequest<?> request, Locale locale, List<TeamsOverviewController.TeamLine> rows) {
        Key key = new Key(locale, List.copyOf(rows));
        return kept.computeIfAbsent(key, k -> render(request, locale, k.rows()));
    }

    private String render(HttpRequest<?> request, Locale locale, List<TeamsOverviewController.TeamLine> rows) {
        rendered.incrementAndGet();
        return engine.process(TEMPLATE, TABLE, new WebContext(request, locale, new HashMap<>(Map.of("rows", rows))));
    }

    /** How many times a table was rendered rather than reused, for tests. */
    long rendered() {
        return rendered.get();
    }
}
