package org.clockwise.core.people;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input refused before anything was written: each problem under the name of the field it is about. */
public class InvalidInput extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInput(Map<String, String> problems) {
        super(String.join("; ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    /** Field name to message, in the order the fields were checked. */
    public Map<String, String> problems() {
        return problems;
    }
}
