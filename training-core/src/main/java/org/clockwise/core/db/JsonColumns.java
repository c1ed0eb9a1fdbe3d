package org.clockwise.core.db;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads and writes the jsonb columns that hold lists of small objects (options, problems, plans, targets). */
@Singleton
public class JsonColumns {

    private static final Argument<List<Map<String, Object>>> ROWS = Argument.listOf(Argument.mapOf(String.class, Object.class));

    private final JsonMapper json;

    JsonColumns(JsonMapper json) {
        this.json = json;
    }

    /** A jsonb array of objects, as read with {@code column::text}. */
    public List<Map<String, Object>> rows(String text) {
        try {
            return json.readValue(text, ROWS);
        } catch (IOException e) {
            throw new UncheckedIOException("a jsonb column does not hold a list of objects", e);
        }
    }

    /** Text to bind with {@code CAST(? AS jsonb)}. */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
