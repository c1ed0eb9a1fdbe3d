package org.clockwise.content;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing an author must fix, found while loading a library.
 *
 * <p>{@link #toString()} gives the familiar compiler form {@code path:line: message}, so editors
 * and CI logs can link straight to the spot.
 *
 * @param path    the file, relative to the library root, with forward slashes
 *                (for example {@code modules/discovery/open-questions.md})
 * @param line    1-based line in that file; 1 for problems about the whole file
 * @param message what is wrong and what to do about it, on one line
 */
public record Problem(String path, int line, String message) {

    /** Orders problems by file, then line; problems on the same line keep their order when sorted stably. */
    public static final Comparator<Problem> BY_LOCATION =
            Comparator.comparing(Problem::path).thenComparingInt(Problem::line);

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (path.isBlank() || path.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("path must be relative with forward slashes: " + path);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line is 1-based: " + line);
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must say what is wrong");
        }
        // One problem, one line: the CLI output format depends on it.
        message = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Returns {@code path:line: message}. */
    @Override
    public String toString() {
        return path + ":" + line + ": " + message;
    }
}
