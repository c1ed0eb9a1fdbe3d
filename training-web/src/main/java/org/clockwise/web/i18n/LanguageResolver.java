package org.clockwise.web.i18n;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import jakarta.inject.Singleton;
import org.clockwise.web.security.ErrorPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of each page: the signed-in person's own setting, else the best match for the
 * browser's Accept-Language among the languages we have, else English. Always one of
 * {@link Languages#locales()}, so {@code <html lang>} names the language the page is really in.
 * <p>
 * Micronaut's composite {@code HttpLocaleResolver} asks resolvers in order; this one comes after a
 * fixed locale from configuration ({@code micronaut.server.locale-resolution.fixed}) and before the
 * cookie and plain Accept-Language resolvers, and always answers.
 */
@Singleton
public class LanguageResolver extends HttpAbstractLocaleResolver {

    public static final int ORDER = 0;
    private static final Logger LOG = LoggerFactory.getLogger(LanguageResolver.class);

    /** After a failed read of the setting, the browser's language is used without asking the database for this long. */
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Languages languages;
    private volatile long failedAt = System.nanoTime() - PAUSE_AFTER_FAILURE.toNanos() - 1;
    private final LanguageSettings settings;

    LanguageResolver(HttpLocaleResolutionConfiguration configuration, Languages languages, LanguageSettings settings) {
        super(configuration);
        this.languages = languages;
        this.settings = settings;
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        // Not cached on the request: micronaut-security's TokenAuthenticationFetcher asks before the session
        // cookie has been read, when nobody is signed in yet. The setting itself is read once per request.
        return Optional.of(ownSetting(request)
                .or(() -> fromBrowser(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Languages.DEFAULT));
    }

    private Optional<Locale> ownSetting(HttpRequest<?> request) {
        // Issue 13, faults: no database for anonymous requests (LanguageSettings is @Connectable, so even
        // asking it takes a connection), for an error page about the database, or for a few seconds after
        // a failed read, so an outage costs a request one wait for a connection rather than one per lookup.
        if (LanguageSettings.userId(request).isEmpty() || request.getAttribute(ErrorPages.DATABASE_AWAY).isPresent()
                || System.nanoTime() - failedAt < PAUSE_AFTER_FAILURE.toNanos()) {
            return Optional.empty();
        }
        try {
            return settings.forRequest(request).flatMap(languages::supported);
        } catch (RuntimeException e) {
            // An error page must still render when the database is what failed.
            LOG.warn("Could not read the language setting; using the browser's: {}", e.toString());
            failedAt = System.nanoTime();
            request.setAttribute(ErrorPages.DATABASE_AWAY, true);
            return Optional.empty();
        }
    }

    private Optional<Locale> fromBrowser(String acceptLanguage) {
        return bestMatch(acceptLanguage, languages.tags()).flatMap(languages::supported);
    }

    /**
     * Of these language tags, the one an Accept-Language header prefers most, honouring q-values
     * and regions ("fr, nl-BE;q=0.8" gives "nl"); none for no header, no match or a malformed one.
     */
    static Optional<String> bestMatch(String acceptLanguage, List<String> tags) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage).stream().filter(r -> r.getWeight() > 0).toList();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(Locale.lookupTag(ranges, tags));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
