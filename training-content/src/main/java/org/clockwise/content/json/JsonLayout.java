package org.clockwise.content.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The layout of {@code library.json}, kept from the format's first version so that builds stay
 * comparable with {@code diff}: two-space indents, {@code "key": value}, one object member per
 * line, arrays of plain values on one line ({@code ["a", "b"]}) and arrays of objects or arrays
 * one item per line. Empty containers are {@code {}} and {@code []}.
 *
 * <p>Jackson streams, so an array cannot be inspected before it is written: it is laid out one
 * item per line as soon as its first item turns out to be an object or an array. Stateful, so
 * Jackson takes a fresh instance for each document through {@link #createInstance()}.
 */
final class JsonLayout implements PrettyPrinter, Instantiatable<JsonLayout> {

    private static final String INDENT = "  ";

    /** One flag per open array: whether its items go on lines of their own. */
    private final Deque<Boolean> arrays = new ArrayDeque<>();
    private int depth;

    @Override
    public JsonLayout createInstance() {
        return new JsonLayout();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator gen) {
        // one document per build: nothing between root values
    }

    @Override
    public void writeStartObject(JsonGenerator gen) throws IOException {
        openContainer(gen);
        gen.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator gen) throws IOException {
        newline(gen);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(',');
        newline(gen);
    }

    @Override
    public void writeEndObject(JsonGenerator gen, int entries) throws IOException {
        depth--;
        if (entries > 0) {
            newline(gen);
        }
        gen.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator gen) throws IOException {
        openContainer(gen);
        arrays.push(false);
        gen.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator gen) {
        // decided by the first item: see openContainer
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(',');
        if (Boolean.TRUE.equals(arrays.peek())) {
            newline(gen);
        } else {
            gen.writeRaw(' ');
        }
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int values) throws IOException {
        depth--;
        if (arrays.pop()) {
            newline(gen);
        }
        gen.writeRaw(']');
    }

    /** Called with the new container's context current; breaks the enclosing array at its first item. */
    private void openContainer(JsonGenerator gen) throws IOException {
        JsonStreamContext parent = gen.getOutputContext().getParent();
        if (parent != null && parent.inArray() && parent.getCurrentIndex() == 0) {
            arrays.pop();
            arrays.push(true);
            newline(gen);
        }
        depth++;
    }

    private void newline(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
        gen.writeRaw(INDENT.repeat(depth));
    }
}
