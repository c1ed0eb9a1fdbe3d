package org.clockwise.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's text split into lines the way commonmark splits them ({@code \n}, {@code \r\n} or
 * {@code \r}), so line numbers from the parser and from raw-line checks agree.
 */
record SourceText(String text, List<String> lines, int[] lineStarts) {

    static SourceText of(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                starts.add(start);
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(text.substring(start));
        starts.add(start);
        return new SourceText(text, List.copyOf(lines), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The text from the start of a 0-based line to the end. */
    String from(int lineIndex) {
        return lineIndex >= lineStarts.length ? "" : text.substring(lineStarts[lineIndex]);
    }

    /**
     * Decodes strict UTF-8 (a byte-order mark is dropped), or reports the line of the first bad
     * byte and returns null: a Latin-1 or UTF-16 file would otherwise turn into silent mojibake.
     */
    static String decodeUtf8(byte[] bytes, ProblemLog log) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) {
            int bad = in.position();
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String hex = bad < bytes.length ? String.format(" (byte 0x%02X)", bytes[bad] & 0xff) : "";
            log.at(line, "not UTF-8" + hex + ": save the file as UTF-8 text; is it really a Markdown file?");
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
