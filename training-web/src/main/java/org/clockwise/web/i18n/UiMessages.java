package org.clockwise.web.i18n;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

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

    @Override
    @NonNull
    public Optional<String> getRawMessage(@NonNull String code, @NonNull MessageContext context) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(Languages.BUNDLE, context.getLocale(Languages.DEFAULT),
                    UiMessages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
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
