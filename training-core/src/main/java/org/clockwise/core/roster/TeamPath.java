package org.clockwise.core.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A team named from the top of the tree, {@code Enterprise East / Strategic Accounts}. Names are
 * compared as the database compares siblings: trimmed and without regard to case.
 */
public record TeamPath(List<String> parts) {

    public static final String SEPARATOR = " / ";

    public TeamPath {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a team path needs at least one name");
        }
    }

    /** Parses {@code A / B / C}; throws IllegalArgumentException for an empty part. */
    public static TeamPath parse(String text) {
        List<String> parts = Arrays.stream(text.split("/", -1)).map(String::trim).toList();
        if (parts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("\"" + text.trim() + "\" has an empty team name; write parts as A / B / C");
        }
        return new TeamPath(parts);
    }

    public String name() {
        return parts.get(parts.size() - 1);
    }

    public TeamPath parent() {
        return parts.size() == 1 ? null : new TeamPath(parts.subList(0, parts.size() - 1));
    }

    /** Compares two paths as the database does: trimmed, case-insensitive. */
    public String key() {
        return String.join("\u0000", parts.stream().map(TeamPath::nameKey).toList());
    }

    static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, parts);
    }
}
