package org.clockwise.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one file. Not thread-safe: one log per file per load.
 *
 * <p>Keeps at most {@value #MAX_PER_FILE} problems and then counts the rest: a file with
 * thousands of the same mistake needs one fix, not thousands of lines of output.
 */
final class ProblemLog {

    static final int MAX_PER_FILE = 100;

    private final String path;
    private final List<Problem> problems = new ArrayList<>();
    private int unlisted;

    ProblemLog(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    void at(int line, String message) {
        if (problems.size() < MAX_PER_FILE) {
            problems.add(new Problem(path, Math.max(1, line), message));
        } else {
            unlisted++;
        }
    }

    /** The problems, plus one line saying how many more were found but not listed. */
    List<Problem> problems() {
        if (unlisted == 0) {
            return problems;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.add(new Problem(path, 1, unlisted + " more problems in this file are not listed: fix the ones above, then lint again"));
        return all;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were logged, listed or not. */
    int size() {
        return problems.size() + unlisted;
    }
}
