package org.clockwise.web.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks percent-encoded text (an address, a query, a url-encoded form) for what the app refuses. */
final class Encoding {

    enum Problem {
        NONE(null, null),
        NUL("error.nulInAddress", "error.nulInForm"),
        MALFORMED("error.badEscapeInAddress", "error.badEscapeInForm"),
        NOT_UTF8("error.notUtf8InAddress", "error.notUtf8InForm");

        private final String addressKey;
        private final String formKey;

        Problem(String addressKey, String formKey) {
            this.addressKey = addressKey;
            this.formKey = formKey;
        }

        String addressKey() {
            return addressKey;
        }

        String formKey() {
            return formKey;
        }
    }

    private Encoding() {
    }

    /**
     * @param raw       the text as sent, escapes undecoded, one char per byte (ISO-8859-1)
     * @param formStyle {@code +} stands for a space ({@code application/x-www-form-urlencoded}, queries)
     */
    static Problem check(String raw, boolean formStyle) {
        if (raw.indexOf('%') < 0 && raw.indexOf('\0') < 0) {
            return Problem.NONE;
        }
        // Each &-separated piece decodes on its own, as a form parser decodes it.
        for (String piece : raw.split(formStyle ? "[&=]" : "/", -1)) {
            Problem p = checkPiece(piece);
            if (p != Problem.NONE) {
                return p;
            }
        }
        return Problem.NONE;
    }

    /**
     * The first field of a url-encoded form whose name or value has a problem (issue 13 leftovers,
     * item 2), named as {@link #lenient} decodes it; null when there is none.
     *
     * @param raw the form as sent, one char per byte
     */
    static String badField(String raw) {
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (checkPiece(name) != Problem.NONE || eq >= 0 && checkPiece(pair.substring(eq + 1)) != Problem.NONE) {
                return decodeLeniently(name);
            }
        }
        return null;
    }

    /**
     * A url-encoded form decoded as far as it can be, for showing back what was typed: a {@code %}
     * without two hexadecimal digits after it, bytes that are not UTF-8 and NUL are left out. The
     * first value of a field counts.
     *
     * @param raw the form as sent, one char per byte
     */
    static Map<String, String> lenient(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeLeniently(eq < 0 ? pair : pair.substring(0, eq));
            fields.putIfAbsent(name, eq < 0 ? "" : decodeLeniently(pair.substring(eq + 1)));
        }
        return fields;
    }

    private static String decodeLeniently(String piece) {
        ByteBuffer bytes = ByteBuffer.allocate(piece.length());
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            int hi = c == '%' && i + 2 < piece.length() ? Character.digit(piece.charAt(i + 1), 16) : -1;
            int lo = hi < 0 ? -1 : Character.digit(piece.charAt(i + 2), 16);
            if (c == '%' && lo >= 0) {
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else if (c != '%') {
                bytes.put((byte) (c == '+' ? ' ' : c));
            }
        }
        bytes.flip();
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE)
                    .onUnmappableCharacter(CodingErrorAction.IGNORE).decode(bytes).toString();
            return text.replace("\0", "");
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // cannot happen when errors are ignored
        }
    }

    private static Problem checkPiece(String piece) {
        ByteBuffer bytes = ByteBuffer.allocate(piece.length());
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '%') {
                if (i + 2 >= piece.length()) {
                    return Problem.MALFORMED;
                }
                int hi = Character.digit(piece.charAt(i + 1), 16);
                int lo = Character.digit(piece.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Problem.MALFORMED;
                }
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return Problem.NOT_UTF8;
        }
        return text.indexOf('\0') >= 0 ? Problem.NUL : Problem.NONE;
    }
}
