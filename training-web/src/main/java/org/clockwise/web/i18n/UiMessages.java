package org.clockwise.web.i18n;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The UI text in {@code i18n/messages*.properties} as a Micronaut {@link io.micronaut.context.MessageSource}
 * (templates reach it through {@link ThymeleafMessages}; Java code formats a text with {@link #text}).
 * <p>
 * Like Micronaut's {@code ResourceBundleMessageSource}, but a missing key or language falls back
 * to the base (English) file only, never to the server's default locale: with that JVM default
 * set to Dutch, the standard lookup would show English visitors the Dutch file.
 */
@Singleton
public class UiMessages extends AbstractMessageSource {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    // Issue 13, Today page speed: the bundle of each locale, looked up once. ResourceBundle.getBundle
    // keeps loaded bundles for ever too (no time-to-live), but finding one in its cache builds a key,
    // checks expiry and walks the parent chain on every #{...} of every page. Locales come from
    // LanguageResolver (one of Languages.locales()); the bound only guards against callers passing others.
    private static final int MAX_LOCALES = 64;
    private static final Optional<ResourceBundle> NONE = Optional.empty();
    private final Map<Locale, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();
    private final Function<Locale, Optional<ResourceBundle>> loader;

    @Inject
    public UiMessages() {
        this(UiMessages::load);
    }

    /** With another way to find a locale's bundle (tests count the lookups). */
    UiMessages(Function<Locale, Optional<ResourceBundle>> loader) {
        this.loader = loader;
    }

    @Override
    @NonNull
    public Optional<String> getRawMessage(@NonNull String code, @NonNull MessageContext context) {
        Locale locale = context.getLocale(Languages.DEFAULT);
        Optional<ResourceBundle> bundle = bundles.get(locale);
        if (bundle == null) {
            bundle = loader.apply(locale);
            if (bundles.size() < MAX_LOCALES) {
                bundles.put(locale, bundle);
            }
        }
        if (bundle.isEmpty() || !bundle.get().containsKey(code)) {
            return Optional.empty();
        }
        return Optional.of(bundle.get().getString(code));
    }

    static Optional<ResourceBundle> load(Locale locale) {
        try {
            return Optional.of(ResourceBundle.getBundle(Languages.BUNDLE, locale, UiMessages.class.getClassLoader(), NO_FALLBACK));
        } catch (MissingResourceException e) {
            return NONE;
        }
    }

    /**
     * A key's text in a language with its arguments, formatted as a template formats
     * {@code #{key(args)}} ({@link MessagePatterns}); the key itself when no file has it.
     */
    public String text(Locale locale, String key, List<?> args) {
        return getRawMessage(key, MessageContext.of(locale)).map(text -> MessagePatterns.format(text, locale, args.toArray()))
                .orElse(key);
    }
}
