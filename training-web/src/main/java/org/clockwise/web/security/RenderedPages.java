package org.clockwise.web.security;

import jakarta.inject.Singleton;
import org.clockwise.core.WeighedCache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered pages kept and served again while everything they were rendered from is equal (issue 13,
 * "Speed"): Thymeleaf's per-tag work is most of a signed-in page's cost, and a rep opening Today again
 * mostly gets the page they got before.
 *
 * <p>What a page's bytes depend on, and so what is compared: the view (a template on the class path,
 * fixed while the server runs), the locale, and every template variable, that is the page record's
 * components and what the model processors add (the CSRF field and token, the signed-in person with
 * their session id, the navigation, the language form's languages, setting and current path with its
 * query). Our templates read nothing else: the renderer's context is not a servlet context (no
 * {@code param}, {@code #request}, {@code #session}), no template asks for "now" ({@code #temporals}
 * only formats dates of the model) or anything random, and messages come from the fixed bundles.
 * Records, lists, maps and the JDK's value types compare by value, so an equal model renders equal
 * bytes; a model holding anything compared by identity simply never matches.
 *
 * <p>Opt-in per view ({@link #VIEWS}): a view joins once its model is made only of immutable values
 * compared by value (records of strings, numbers, dates, enums and copied lists), built afresh for each
 * request and never changed after. A page is kept per view, signed-in user and path, so one person's
 * page is never even compared with another's; bounded by {@link PageCacheSettings#megabytes()}.
 *
 * <p>Issue 13, wt-team2: the team dashboard joined. Its model is records and unmodifiable lists of the kept
 * {@code Dashboard} and its drawings, the same instances while the dashboard's stamp is unchanged (so the
 * comparison is mostly identity checks), and a recomputed dashboard is compared by value like any other.
 */
@Singleton
class RenderedPages {

    /** The views whose pages are kept; their models are checked to be values (see the class comment). */
    static final Set<String> VIEWS = Set.of("learn/today", "learn/skills", "team/dashboard");

    /** Where a page is kept: one page per view, person and path (with its query). */
    record Place(String view, long userId, String path) {
    }

    /** A page and what it was rendered from. */
    private record Kept(Locale locale, Map<String, Object> variables, KeptPage page) {
    }

    private final WeighedCache<Place, Kept> kept;
    private final LongAdder hits = new LongAdder();

    RenderedPages(PageCacheSettings settings) {
        // The model kept with a page is counted as large as the page: smaller than its text, for our pages.
        this.kept = new WeighedCache<>(settings.megabytes() * 1024L * 1024L, k -> 2L * k.page().length() + 512);
    }

    /** Where this page would be kept, or {@code null}: a view not kept, or nobody signed in. */
    static Place place(String view, Map<String, Object> variables) {
        if (!VIEWS.contains(view) || !(variables.get("currentUser") instanceof CurrentUser user)) {
            return null;
        }
        Object path = variables.get("currentPath");
        return new Place(view, user.id(), path == null ? "" : path.toString());
    }

    /** The page kept at this place when it was rendered in this locale from equal variables, or {@code null}. */
    KeptPage find(Place place, Locale locale, Map<String, Object> variables) {
        Kept found = kept.get(place);
        if (found != null && found.locale().equals(locale) && found.variables().equals(variables)) {
            hits.increment();
            return found.page();
        }
        return null;
    }

    /** Keeps the page rendered from these variables; they must not change afterwards. */
    void keep(Place place, Locale locale, Map<String, Object> variables, KeptPage page) {
        kept.put(place, new Kept(locale, Collections.unmodifiableMap(new HashMap<>(variables)), page));
    }

    /** How many pages were served from here. */
    long hits() {
        return hits.sum();
    }

    /** Forgets every page (tests: the next view renders afresh). */
    void clear() {
        kept.clear();
    }
}
