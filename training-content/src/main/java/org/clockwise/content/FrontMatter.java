package org.clockwise.content;

import java.util.List;

/**
 * The front matter of a module as read, before checking ids against the catalog and library.
 * Fields the author left out or got wrong are null or empty; the problems are already logged.
 *
 * @param openLine  1-based line of the opening {@code ---}, 0 when the file has no front matter
 * @param closeLine 1-based line of the closing {@code ---}, 0 when there is none
 */
record FrontMatter(int openLine, int closeLine, Ref id, String title, String summary, List<Ref> skills,
                   List<Ref> phases, List<Ref> personas, Level level, Ref track, Integer order,
                   List<Ref> requires, Integer minutes, int minutesLine) {

    /** A value with the 1-based line it was written on. */
    record Ref(String value, int line) {
    }

    static FrontMatter none() {
        return new FrontMatter(0, 0, null, null, null, List.of(), List.of(), List.of(), null, null, null, List.of(), null, 0);
    }

    static FrontMatter delimitersOnly(int openLine, int closeLine) {
        return new FrontMatter(openLine, closeLine, null, null, null, List.of(), List.of(), List.of(), null, null, null,
                List.of(), null, 0);
    }

    /** Whether the front matter opened but never closed: the file's body cannot be told apart. */
    boolean unclosed() {
        return openLine > 0 && closeLine == 0;
    }

    /** 0-based index of the first line after the front matter. */
    int bodyStart() {
        return closeLine;
    }

    /** The module id when it is present and valid. */
    String validId() {
        return id != null && Ids.isValid(id.value()) ? id.value() : null;
    }
}
