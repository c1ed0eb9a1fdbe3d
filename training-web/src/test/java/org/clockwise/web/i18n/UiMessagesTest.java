package org.clockwise.web.i18n;

import io.micronaut.context.MessageSource.MessageContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13, Today page speed: each language's messages are looked up once, and read exactly as before. */
class UiMessagesTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** What every message was before: the bundle found anew for each one. */
    private static Optional<String> uncached(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Languages.BUNDLE, locale, UiMessages.class.getClassLoader(), NO_FALLBACK);
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    @Test
    void eachLanguageIsLookedUpOnceHoweverManyMessagesAPageShows() {
        AtomicInteger lookups = new AtomicInteger();
        UiMessages messages = new UiMessages(locale -> {
            lookups.incrementAndGet();
            return UiMessages.load(locale);
        });
        for (int page = 0; page < 100; page++) {
            assertEquals("Today", messages.getRawMessage("today.title", MessageContext.of(Locale.ENGLISH)).orElseThrow());
            assertEquals("Vandaag", messages.getRawMessage("today.title", MessageContext.of(Locale.forLanguageTag("nl"))).orElseThrow());
        }
        assertEquals(2, lookups.get(), "one lookup per language for 200 messages");
    }

    @Test
    void everyKeyReadsAsWithAFreshLookupInEnglishDutchAndAnUnsupportedLanguage() {
        UiMessages messages = new UiMessages();
        List<String> keys = ResourceBundle.getBundle(Languages.BUNDLE, Locale.ENGLISH, UiMessages.class.getClassLoader(), NO_FALLBACK)
                .keySet().stream().sorted().toList();
        assertTrue(keys.size() > 100, "the English file has its keys");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH)) {
            for (String key : keys) {
                assertEquals(uncached(key, locale), messages.getRawMessage(key, MessageContext.of(locale)), key + " in " + locale);
            }
            assertEquals(Optional.empty(), messages.getRawMessage("no.such.key", MessageContext.of(locale)));
        }
        assertEquals("Vandaag", messages.text(Locale.forLanguageTag("nl"), "today.title", List.of()));
        assertEquals("Today", messages.text(Locale.FRENCH, "today.title", List.of()), "no French file: English");
        assertEquals("no.such.key", messages.text(Locale.ENGLISH, "no.such.key", List.of()));
    }
}
