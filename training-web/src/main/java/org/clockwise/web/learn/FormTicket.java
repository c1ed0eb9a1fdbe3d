package org.clockwise.web.learn;

import org.clockwise.core.db.Signatures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Hidden form fields the server minted and signed for one person (an attempt id, the module
 * version, the time the page was served...), so a submit can trust them: any change, or a
 * form replayed by someone else, fails the signature.
 */
final class FormTicket {

    static final String SIGNATURE = "ticket";

    private FormTicket() {
    }

    static Map<String, String> sign(String purpose, long userId, Map<String, String> fields, Signatures signatures) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put(SIGNATURE, signatures.sign(payload(purpose, userId, fields.keySet().stream().sorted().toList(), fields::get)));
        return signed;
    }

    /** The named fields, if present and signed for this purpose and person. */
    static Optional<Map<String, String>> verify(String purpose, long userId, Map<String, ?> form, List<String> names,
                                                Signatures signatures) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            String value = single(form, name);
            if (value == null) {
                return Optional.empty();
            }
            values.put(name, value);
        }
        String payload = payload(purpose, userId, names.stream().sorted().toList(), values::get);
        return signatures.verify(payload, single(form, SIGNATURE)) ? Optional.of(values) : Optional.empty();
    }

    private static String payload(String purpose, long userId, List<String> sortedNames, Function<String, String> value) {
        return purpose + ":" + userId + ":" + sortedNames.stream().map(n -> n + "=" + value.apply(n)).collect(Collectors.joining("&"));
    }

    private static String single(Map<String, ?> form, String name) {
        Object value = form.get(name);
        if (value instanceof List<?> list) {
            value = list.size() == 1 ? list.get(0) : null;
        }
        return value == null ? null : value.toString();
    }
}
