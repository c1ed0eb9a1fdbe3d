package org.clockwise.web.security;

import io.micronaut.core.io.Writable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A rendered page held as its UTF-8 bytes (issue 13, "Speed", {@link RenderedPages}): served again
 * without encoding it again. Immutable; the bytes are never handed out.
 */
final class KeptPage implements Writable {

    private final byte[] utf8;

    KeptPage(byte[] utf8) {
        this.utf8 = utf8;
    }

    int length() {
        return utf8.length;
    }

    @Override
    public void writeTo(OutputStream outputStream, Charset charset) throws IOException {
        if (charset == null || StandardCharsets.UTF_8.equals(charset)) {
            outputStream.write(utf8);
        } else {
            outputStream.write(toString().getBytes(charset));
        }
    }

    @Override
    public void writeTo(Writer out) throws IOException {
        out.write(toString());
    }

    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
