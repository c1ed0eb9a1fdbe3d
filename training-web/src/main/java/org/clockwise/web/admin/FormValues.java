package org.clockwise.web.admin;

import io.micronaut.core.annotation.Nullable;
import org.clockwise.core.people.PersonPolicy;

import java.util.List;
import java.util.Map;

/** Reads posted form fields, where a field sent several times (checkboxes) arrives as a list. */
final class FormValues {

    private FormValues() {
    }

    static List<String> all(@Nullable Map<String, ?> form, String name) {
        Object value = form == null ? null : form.get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    static String one(@Nullable Map<String, ?> form, String name) {
        List<String> values = all(form, name);
        return values.isEmpty() ? "" : values.get(0).trim();
    }

    /** A person's fields as the add and edit forms post them. */
    static PersonPolicy.Input person(Map<String, ?> form) {
        return new PersonPolicy.Input(one(form, "name"), one(form, "email"), all(form, "roles"), one(form, "team"),
                all(form, "manages"), one(form, "hireDate"), one(form, "timeZone"));
    }

    /** An optional id: blank is none, anything else must be a number. */
    @Nullable
    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1L; // no team has it: the service answers "not found"
        }
    }
}
