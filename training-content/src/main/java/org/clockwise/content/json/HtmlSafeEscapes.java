package org.clockwise.content.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON string escapes that also make the document safe to inline in an HTML {@code <script>}
 * block: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 become {@code \}{@code u} escapes, as
 * do the control characters other than tab, line feed and carriage return. Hex digits are lower
 * case, so the output does not depend on Jackson's default for them.
 */
final class HtmlSafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    HtmlSafeEscapes() {
        ascii = standardAsciiEscapesForJSON();
        for (int c = 0; c < 0x20; c++) {
            if (c != '\t' && c != '\n' && c != '\r') {
                ascii[c] = ESCAPE_CUSTOM; // "\b" and "\f" would be valid too; one spelling keeps builds comparable
            }
        }
        ascii['<'] = ESCAPE_CUSTOM;
        ascii['>'] = ESCAPE_CUSTOM;
        ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        if (c < ascii.length ? ascii[c] == ESCAPE_CUSTOM : c == '\u2028' || c == '\u2029') {
            return new SerializedString(String.format("\\u%04x", c));
        }
        return null;
    }
}
