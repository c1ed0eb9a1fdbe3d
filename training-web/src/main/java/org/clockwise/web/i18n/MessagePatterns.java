package org.clockwise.web.i18n;

import org.clockwise.core.BoundedMap;

import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats a message once with {@link MessageFormat}, for templates and Java alike.
 * <p>
 * Two conveniences for texts that travel as a key and arguments (plan reasons, {@code UiText}):
 * a single list parameter stands for the arguments themselves ({@code #{${reason.key}(${reason.args})}}),
 * and an argument given as text is read as what the pattern formats it as: a whole or decimal
 * number for {@code {0,number}} and {@code {0,choice,...}}, an ISO date ({@code 2026-12-03}) for
 * {@code {1,date,EEEE d MMMM}}. So the message file decides how a number or a date reads.
 */
final class MessagePatterns {

    // Parsed patterns by locale and text (issue 13, "Speed"): parsing a pattern (a choice format, a
    // number format for the locale) cost more than formatting it. A MessageFormat and its sub-formats
    // are not thread-safe, so each use formats a clone. Keys come from the message files, so the map
    // stays small; the bound only guards against a caller formatting texts of its own.
    private static final int MAX_CACHED = 5_000;
    private static final Map<Locale, BoundedMap<String, MessageFormat>> PARSED = new ConcurrentHashMap<>();

    // Formatted texts by locale, pattern and arguments (issue 13, Today page speed). Formatting a parsed
    // pattern still cloned it and, for every number argument without a format of its own ({0} given
    // 12) and every plural ({0,choice,...} with {0} inside), made a new NumberFormat and parsed the
    // chosen text again: a tenth of the Today page's rendering. A page's figures take few distinct
    // values (a streak, "2 of 3 done", a reason's day count), so the same text comes back for the
    // same inputs. Only arguments that are values (text, whole and decimal numbers) are keys, so a
    // cached text is always the one formatting would give; the bound keeps the map small.
    private static final int MAX_RESULTS = 20_000;
    private static final BoundedMap<Formatted, String> RESULTS = new BoundedMap<>(MAX_RESULTS);

    private record Formatted(Locale locale, String text, List<Object> args) {
    }

    private MessagePatterns() {
    }

    private static MessageFormat parsed(String text, Locale locale) {
        BoundedMap<String, MessageFormat> byText = PARSED.computeIfAbsent(locale, l -> new BoundedMap<>(MAX_CACHED));
        return (MessageFormat) byText.computeIfAbsent(text, t -> new MessageFormat(t, locale)).clone();
    }

    static String format(String text, Locale locale, Object[] parameters) {
        Object[] args = arguments(parameters);
        if (text.indexOf('\'') < 0 && text.indexOf('{') < 0) {
            return text; // what MessageFormat would give, without parsing
        }
        Formatted key = cacheable(args) ? new Formatted(locale, text, List.of(args)) : null;
        String result = key == null ? null : RESULTS.get(key);
        if (result == null) {
            MessageFormat format = parsed(text, locale);
            result = format.format(typed(format, args));
            if (key != null) {
                RESULTS.put(key, result);
            }
        }
        return result;
    }

    /** Whether every argument is an immutable value whose equals means "formats the same". */
    private static boolean cacheable(Object[] args) {
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long || arg instanceof Short
                    || arg instanceof Byte || arg instanceof BigDecimal)) {
                return false;
            }
        }
        return true;
    }

    /** How many formatted texts are kept (for tests). */
    static int cachedResults() {
        return RESULTS.size();
    }

    private static Object[] arguments(Object[] parameters) {
        if (parameters == null) {
            return new Object[0];
        }
        if (parameters.length == 1 && parameters[0] instanceof List<?> list) {
            return list.toArray();
        }
        return parameters;
    }

    private static Object[] typed(MessageFormat format, Object[] args) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] typed = args.clone();
        for (int i = 0; i < Math.min(formats.length, typed.length); i++) {
            if (typed[i] instanceof String text) {
                if (formats[i] instanceof NumberFormat) {
                    typed[i] = number(text);
                } else if (formats[i] instanceof DateFormat date) {
                    typed[i] = date(text, date);
                }
            }
        }
        return typed;
    }

    private static Object number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException notWhole) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                return text; // MessageFormat will say what is wrong
            }
        }
    }

    /** The start of that day where the date format reads it, so it prints as the same day. */
    private static Object date(String text, DateFormat format) {
        try {
            return Date.from(LocalDate.parse(text.trim()).atStartOfDay(format.getTimeZone().toZoneId()).toInstant());
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
