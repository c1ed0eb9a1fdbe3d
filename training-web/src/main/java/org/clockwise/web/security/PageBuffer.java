package org.clockwise.web.security;

import io.micronaut.core.io.Writable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A rendered page held in one unsynchronised buffer, and written out from it in small chunks
 * (issue 13, "Speed"): no {@code toString()} copy of the page, and no page-sized {@code char[]},
 * which {@code OutputStreamWriter.write(String)} makes of a whole String.
 */
final class PageBuffer extends Writer implements Writable {

    private static final int CHUNK = 4096;

    private final StringBuilder text;

    PageBuffer(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    int length() {
        return text.length();
    }

    // Writer: what Thymeleaf writes into.

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
        text.append(cbuf, off, len);
    }

    @Override
    public void write(String str) {
        text.append(str);
    }

    @Override
    public void write(String str, int off, int len) {
        text.append(str, off, off + len);
    }

    @Override
    public Writer append(CharSequence csq) {
        text.append(csq);
        return this;
    }

    @Override
    public Writer append(CharSequence csq, int start, int end) {
        text.append(csq, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    // Writable: how the response gets it.

    @Override
    public void writeTo(Writer out) throws IOException {
        char[] chunk = new char[Math.min(CHUNK, Math.max(1, text.length()))];
        for (int start = 0; start < text.length(); start += chunk.length) {
            int end = Math.min(text.length(), start + chunk.length);
            text.getChars(start, end, chunk, 0);
            out.write(chunk, 0, end - start);
        }
    }

    @Override
    public void writeTo(OutputStream outputStream, Charset charset) throws IOException {
        Writer out = new OutputStreamWriter(outputStream, charset == null ? StandardCharsets.UTF_8 : charset);
        writeTo(out);
        out.flush();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
