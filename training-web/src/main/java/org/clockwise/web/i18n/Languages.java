package org.clockwise.web.i18n;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface languages: English (the base file {@code i18n/messages.properties}) and every
 * language that has an {@code i18n/messages_xx.properties} next to it, found once at startup, so
 * adding a language needs no code change.
 */
@Singleton
public class Languages {

    /** The language of the base file, and of anyone whose browser asks for nothing we have. */
    public static final Locale DEFAULT = Locale.ENGLISH;
    static final String BUNDLE = "i18n.messages";

    /** A language as the setting form offers it: its code and its name in that language. */
    public record Language(String code, String name) {
    }

    private final List<Locale> locales;
    private final List<String> tags;
    private final List<Language> offered;

    @Inject
    public Languages() {
        this(Languages.class.getClassLoader());
    }

    Languages(ClassLoader loader) {
        List<Locale> found = new ArrayList<>(List.of(DEFAULT));
        String path = BUNDLE.replace('.', '/');
        for (String code : Locale.getISOLanguages()) {
            if (!code.equals(DEFAULT.getLanguage()) && loader.getResource(path + "_" + code + ".properties") != null) {
                found.add(Locale.forLanguageTag(code));
            }
        }
        locales = List.copyOf(found);
        tags = locales.stream().map(Locale::toLanguageTag).toList();
        offered = locales.stream().map(l -> new Language(l.getLanguage(), ownName(l))).toList();
    }

    /** Every supported language, English first. */
    public List<Locale> locales() {
        return locales;
    }

    /** Language tags ("en", "nl"), for matching an Accept-Language header. */
    List<String> tags() {
        return tags;
    }

    /** The languages with their own names ("English", "Nederlands"), for the setting form. */
    public List<Language> offered() {
        return offered;
    }

    /** The supported language with this code ("nl", "NL", "nl-BE" all give Dutch), if any. */
    public Optional<Locale> supported(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return locales.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    private static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
