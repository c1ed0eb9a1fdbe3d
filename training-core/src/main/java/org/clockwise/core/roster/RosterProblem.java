package org.clockwise.core.roster;

/**
 * One thing wrong with a roster file.
 *
 * @param line    the physical line in the file (the header is line 1)
 * @param column  the column it concerns, or {@code row} / {@code encoding} for the line as a whole
 * @param message what is wrong, in words an HR admin understands
 */
public record RosterProblem(int line, String column, String message) implements Comparable<RosterProblem> {

    /** {@code FILE:LINE: column: message}. */
    public String format(String file) {
        return file + ":" + line + ": " + column + ": " + message;
    }

    @Override
    public int compareTo(RosterProblem other) {
        return Integer.compare(line, other.line);
    }
}
