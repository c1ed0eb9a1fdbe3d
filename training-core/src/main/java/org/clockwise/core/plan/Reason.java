package org.clockwise.core.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Why a plan item is there, in no language yet: a key of the interface's message files
 * ({@code plan.reason.*} in training-web's {@code i18n/messages*.properties}) and its arguments,
 * which the web puts into the reader's language. Arguments are text: whole numbers, ISO dates
 * ({@code 2026-12-03}) and names from the library, which stay as the library spells them.
 *
 * @param key  the message key
 * @param args the arguments, in the order the message numbers them
 */
public record Reason(String key, List<String> args) {

    /**
     * The key of a reason stored before reasons had keys: its one argument is the English text
     * it was stored with, shown as it is.
     */
    public static final String STORED = "plan.reason.stored";

    /** Checks the key and copies the arguments. */
    public Reason {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a reason needs a message key");
        }
        args = List.copyOf(args);
    }

    /** A reason stored as plain text by an earlier version. */
    public static Reason stored(String text) {
        return new Reason(STORED, List.of(text));
    }

    /** Every key a reason may have; each must be in every message file (a web test checks). */
    public static Set<String> keys() {
        return Reasons.KEYS;
    }

    /**
     * The name of the skill this reason says the lesson closes a gap in (the plan's largest-gap
     * rule); empty for every other reason (track, assignment, something new, a review).
     */
    public Optional<String> gapSkillName() {
        return Reasons.GAP_KEYS.contains(key) && !args.isEmpty() ? Optional.of(args.get(0)) : Optional.empty();
    }
}
