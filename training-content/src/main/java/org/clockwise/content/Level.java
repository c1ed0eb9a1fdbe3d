package org.clockwise.content;

import java.util.Locale;
import java.util.Optional;

/** How advanced a module is, from the optional front-matter key {@code level}. */
public enum Level {
    FOUNDATION,
    PRACTITIONER,
    EXPERT;

    /** The spelling authors use in front matter, for example {@code foundation}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an author's spelling, ignoring case and surrounding blanks. */
    public static Optional<Level> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Level level : values()) {
            if (level.key().equalsIgnoreCase(text.strip())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
