package org.clockwise.web.i18n;

import org.clockwise.web.security.LocalPaths;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The pieces of language choice that need no server: matching, formatting, the return path. */
class LanguageChoiceTest {

    static final List<String> TAGS = List.of("en", "nl");

    @Test
    void theBrowsersMostPreferredSupportedLanguageWins() {
        assertEquals(Optional.of("nl"), LanguageResolver.bestMatch("nl", TAGS));
        assertEquals(Optional.of("nl"), LanguageResolver.bestMatch("nl-BE,nl;q=0.9,en;q=0.8", TAGS));
        assertEquals(Optional.of("nl"), LanguageResolver.bestMatch("fr-FR, fr;q=0.9, nl;q=0.5", TAGS));
        assertEquals(Optional.of("en"), LanguageResolver.bestMatch("en-GB,en;q=0.9,nl;q=0.8", TAGS));
        assertEquals(Optional.of("en"), LanguageResolver.bestMatch("nl;q=0.2, en;q=0.9", TAGS));
        assertEquals(Optional.empty(), LanguageResolver.bestMatch("nl;q=0", TAGS), "q=0 means not acceptable");
        assertEquals(Optional.empty(), LanguageResolver.bestMatch("fr, de", TAGS));
        assertEquals(Optional.empty(), LanguageResolver.bestMatch("", TAGS));
        assertEquals(Optional.empty(), LanguageResolver.bestMatch(null, TAGS));
        assertEquals(Optional.empty(), LanguageResolver.bestMatch(";;;q=x", TAGS), "a malformed header is ignored");
    }

    @Test
    void languagesAreFoundFromTheMessageFiles() {
        Languages languages = new Languages();
        assertEquals(List.of(Locale.ENGLISH, Locale.forLanguageTag("nl")), languages.locales());
        assertEquals(List.of(new Languages.Language("en", "English"), new Languages.Language("nl", "Nederlands")),
                languages.offered());
        assertEquals(Optional.of(Locale.forLanguageTag("nl")), languages.supported("nl-BE"));
        assertEquals(Optional.of(Locale.forLanguageTag("nl")), languages.supported("NL"));
        assertEquals(Optional.empty(), languages.supported("fr"));
        assertEquals(Optional.empty(), languages.supported(""));
    }

    @Test
    void messagesAreFormattedOnceSoApostrophesSurvive() {
        Locale en = Locale.ENGLISH;
        assertEquals("Today's lesson", MessagePatterns.format("Today''s lesson", en, null));
        assertEquals("Welcome, Riley O'Brien {0}", MessagePatterns.format("Welcome, {0}", en,
                new Object[]{"Riley O'Brien {0}"}));
        assertEquals("1 review due now", MessagePatterns.format(
                "{0,choice,1#1 review due now|1<{0} reviews due now}", en, new Object[]{1L}));
        assertEquals("3 reviews due now", MessagePatterns.format(
                "{0,choice,1#1 review due now|1<{0} reviews due now}", en, new Object[]{3}));
        assertEquals("plain text", MessagePatterns.format("plain text", en, new Object[0]));
    }

    @Test
    void aSingleListIsTheArgumentsAndTextIsReadAsTheNumberOrDateThePatternWants() {
        Locale en = Locale.ENGLISH;
        Locale nl = Locale.forLanguageTag("nl");
        assertEquals("Day 12: Ramp-up, lesson 2 of 5", MessagePatterns.format("Day {0}: {1}, lesson {2} of {3}", en,
                new Object[]{List.of("12", "Ramp-up", "2", "5")}));
        String seen = "Review: you last saw this {0,choice,0#today|1#yesterday|1<{0} days ago}";
        assertEquals("Review: you last saw this today", MessagePatterns.format(seen, en, new Object[]{List.of("0")}));
        assertEquals("Review: you last saw this yesterday", MessagePatterns.format(seen, en, new Object[]{List.of("1")}));
        assertEquals("Review: you last saw this 9 days ago", MessagePatterns.format(seen, en, new Object[]{List.of("9")}));
        assertEquals("due Thursday 3 December", MessagePatterns.format("due {0,date,EEEE d MMMM}", en,
                new Object[]{List.of("2026-12-03")}));
        assertEquals("uiterlijk donderdag 3 december", MessagePatterns.format("uiterlijk {0,date,EEEE d MMMM}", nl,
                new Object[]{"2026-12-03"}));
        assertEquals("none", MessagePatterns.format("none", en, new Object[]{List.of()}));
    }

    @Test
    void theMessageSourceFallsBackToEnglishOnlyNeverToTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-NL"));
            UiMessages messages = new UiMessages();
            assertEquals(Optional.of("Sign out"), messages.getMessage("layout.signOut", Locale.ENGLISH));
            assertEquals(Optional.of("Afmelden"), messages.getMessage("layout.signOut", Locale.forLanguageTag("nl")));
            assertEquals(Optional.of("Sign out"), messages.getMessage("layout.signOut", Locale.FRENCH));
            assertEquals(Optional.of("Clockwise"), messages.getMessage("app.name", Locale.forLanguageTag("nl")),
                    "a key Dutch does not have comes from the English file");
            assertEquals(Optional.empty(), messages.getMessage("no.such.key", Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theLanguageFormOnlyReturnsToAPageOnThisSite() {
        assertEquals("/today", LocalPaths.orHome("/today"));
        assertEquals("/team?team=3&skill=x", LocalPaths.orHome("/team?team=3&skill=x"));
        assertEquals("/", LocalPaths.orHome(null));
        assertEquals("/", LocalPaths.orHome(""));
        assertEquals("/", LocalPaths.orHome("https://evil.example/"));
        assertEquals("/", LocalPaths.orHome("//evil.example/"));
        assertEquals("/", LocalPaths.orHome("/\\evil.example/"));
        assertEquals("/", LocalPaths.orHome("/today\r\nSet-Cookie: x=y"));
        assertEquals("/", LocalPaths.orHome("today"));
    }
}
