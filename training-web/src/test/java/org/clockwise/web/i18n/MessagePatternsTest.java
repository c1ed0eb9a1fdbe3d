package org.clockwise.web.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13, Today page speed: a formatted text is kept for its locale, pattern and arguments, and
 * reads exactly as a fresh {@link MessageFormat} gives it, in English and Dutch, the first time and
 * every time after.
 */
class MessagePatternsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<String> PATTERNS = List.of(
            "{0} of {1} done",
            "{0,choice,0#No streak yet|1#1-day streak|1<{0,number,integer}-day streak}",
            "{0,choice,1#1 review due|1<{0} reviews due}",
            "{0,number} attempts, {1,number,percent} right",
            "Day {0}: {1}, lesson {2} of {3}",
            "It''s {0}");

    private static String fresh(String pattern, Locale locale, Object... args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    @Test
    void aKeptTextIsWhatAFreshFormatGivesInEnglishAndDutch() {
        for (Locale locale : List.of(Locale.ENGLISH, DUTCH)) {
            for (String pattern : PATTERNS) {
                for (Object n : List.of(0, 1, 2, 12, 12345, 1234567L, new BigDecimal("0.25"), new BigDecimal("1234.5"))) {
                    Object[] args = {n, new BigDecimal("0.375"), "Ramp-up", 5};
                    String expected = fresh(pattern, locale, args);
                    assertEquals(expected, MessagePatterns.format(pattern, locale, args.clone()), pattern + " " + n + " " + locale);
                    assertEquals(expected, MessagePatterns.format(pattern, locale, args.clone()), "kept: " + pattern + " " + n + " " + locale);
                }
            }
        }
        assertEquals("12,345 attempts, 38% right",
                MessagePatterns.format("{0,number} attempts, {1,number,percent} right", Locale.ENGLISH, new Object[]{12345, new BigDecimal("0.375")}));
        assertEquals("12.345 attempts, 38% right",
                MessagePatterns.format("{0,number} attempts, {1,number,percent} right", DUTCH, new Object[]{12345, new BigDecimal("0.375")}));
    }

    @Test
    void textArgumentsAndArgumentListsReadAsBeforeWhetherKeptOrNot() {
        String pattern = "{0,choice,1#1 review due|1<{0} reviews due} by {1,date,EEEE d MMMM}";
        for (int i = 0; i < 3; i++) {
            assertEquals("1 review due by Thursday 3 December",
                    MessagePatterns.format(pattern, Locale.ENGLISH, new Object[]{List.of("1", "2026-12-03")}));
            assertEquals("3 reviews due by Thursday 3 December",
                    MessagePatterns.format(pattern, Locale.ENGLISH, new Object[]{List.of("3", "2026-12-03")}));
            assertEquals("3 reviews due by donderdag 3 december",
                    MessagePatterns.format(pattern, DUTCH, new Object[]{List.of("3", "2026-12-03")}));
        }
    }

    @Test
    void aRepeatedTextIsFormattedOnceAndAMutableArgumentNeverKept() {
        String pattern = "Kept once: {0} of {1}";
        MessagePatterns.format(pattern, Locale.ENGLISH, new Object[]{1, 3});
        int kept = MessagePatterns.cachedResults();
        for (int i = 0; i < 50; i++) {
            assertEquals("Kept once: 1 of 3", MessagePatterns.format(pattern, Locale.ENGLISH, new Object[]{1, 3}));
        }
        assertEquals(kept, MessagePatterns.cachedResults(), "the same text and arguments are kept once");
        Date date = new Date(0);
        String withDate = "Not kept: {0,date,yyyy}";
        MessagePatterns.format(withDate, Locale.ENGLISH, new Object[]{date});
        assertEquals(kept, MessagePatterns.cachedResults(), "a Date can change after the call, so it is never a key");
    }
}
