package org.clockwise.web.render;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text a controller sets for a page (a notice, an error, an error page's explanation), not yet
 * in a language: a key of {@code i18n/messages*.properties} and its arguments. A template shows
 * it in the page's language with {@code #{${text.key}(${text.args})}}, the same way as a plan's
 * {@link org.clockwise.core.plan.Reason}.
 *
 * @param key  the message key
 * @param args the arguments, in the order the message numbers them
 */
public record UiText(String key, List<Object> args) {

    /** Checks the key and copies the arguments. */
    public UiText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static UiText of(String key, Object... args) {
        return new UiText(key, Arrays.asList(args));
    }
}
