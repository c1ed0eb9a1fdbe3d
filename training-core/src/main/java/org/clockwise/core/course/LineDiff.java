package org.clockwise.core.course;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff of two texts by longest common subsequence: every line of both, marked as kept,
 * removed or added, with its line numbers. Module files are a few hundred lines, so the
 * quadratic table is small; past {@link #MAX_CELLS} it falls back to "all removed, all added".
 */
public final class LineDiff {

    static final long MAX_CELLS = 4_000_000;

    public enum Kind { SAME, REMOVED, ADDED }

    /** One line; {@code oldLine}/{@code newLine} are 0 where the line is not in that text. */
    public record Line(Kind kind, int oldLine, int newLine, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> of(String oldText, String newText) {
        String[] a = lines(oldText);
        String[] b = lines(newText);
        List<Line> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            for (int i = 0; i < a.length; i++) {
                out.add(new Line(Kind.REMOVED, i + 1, 0, a[i]));
            }
            for (int j = 0; j < b.length; j++) {
                out.add(new Line(Kind.ADDED, 0, j + 1, b[j]));
            }
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line(Kind.SAME, i + 1, j + 1, a[i]));
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add(new Line(Kind.REMOVED, i + 1, 0, a[i]));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, 0, j + 1, b[j]));
                j++;
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static String[] lines(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        String unix = text.replace("\r\n", "\n");
        if (unix.endsWith("\n")) {
            unix = unix.substring(0, unix.length() - 1);
        }
        return unix.split("\n", -1);
    }
}
